<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AttendancePanel</name>
    <message numerus="yes">
        <source>%n card code(s) ready: save them to print, then hand out the cards.</source>
        <translation>
            <numerusform>%n card code ready: save them to print, then hand out the cards.</numerusform>
            <numerusform>%n card codes ready: save them to print, then hand out the cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n marked.</source>
        <translation>
            <numerusform>Saved. %n marked.</numerusform>
            <numerusform>Saved. %n marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n person(s).</source>
        <translation>
            <numerusform>Saved: %n person.</numerusform>
            <numerusform>Saved: %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message numerus="yes">
        <source>Showing the latest %1 of %n session(s); totals and charts cover them all.</source>
        <translation>
            <numerusform>Showing the latest %1 of %n session; totals and charts cover them all.</numerusform>
            <numerusform>Showing the latest %1 of %n sessions; totals and charts cover them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not ended yet.</source>
        <translation>
            <numerusform>%n session not ended yet.</numerusform>
            <numerusform>%n sessions not ended yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written</source>
        <translation>
            <numerusform>%1: %n row written</numerusform>
            <numerusform>%1: %n rows written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message numerus="yes">
        <source>%n warning(s) from the checker (run &apos;wsr-edu validate&apos; to read them)</source>
        <translation>
            <numerusform>%n warning from the checker (run &apos;wsr-edu validate&apos; to read them)</numerusform>
            <numerusform>%n warnings from the checker (run &apos;wsr-edu validate&apos; to read them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n mistake(s) in modules</source>
        <translation>
            <numerusform>Hide the %n mistake in modules</numerusform>
            <numerusform>Hide the %n mistakes in modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n mistake(s) in modules</source>
        <translation>
            <numerusform>Show the %n mistake in modules</numerusform>
            <numerusform>Show the %n mistakes in modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min in all</source>
        <translation>
            <numerusform>%n min in all</numerusform>
            <numerusform>%n min in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message numerus="yes">
        <source>%n mistake(s) to fix before this curriculum can be taught</source>
        <translation>
            <numerusform>%n mistake to fix before this curriculum can be taught</numerusform>
            <numerusform>%n mistakes to fix before this curriculum can be taught</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message numerus="yes">
        <source>%n mistake(s) to fix</source>
        <translation>
            <numerusform>%n mistake to fix</numerusform>
            <numerusform>%n mistakes to fix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleItem</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n try(ies) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left.</numerusform>
            <numerusform>Wrong PIN. %n tries left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message numerus="yes">
        <source>%n hand(s) in all, %1% on right answers</source>
        <translation>
            <numerusform>%n hand in all, %1% on right answers</numerusform>
            <numerusform>%n hands in all, %1% on right answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation>
            <numerusform>%n hand</numerusform>
            <numerusform>%n hands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message numerus="yes">
        <source>At least %n: the most hands raised for one question.</source>
        <translation>
            <numerusform>At least %n: the most hands raised for one question.</numerusform>
            <numerusform>At least %n: the most hands raised for one question.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n person(s) counted.</source>
        <translation>
            <numerusform>Attendance: %n person counted.</numerusform>
            <numerusform>Attendance: %n people counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n person(s) marked.</source>
        <translation>
            <numerusform>Attendance: %n person marked.</numerusform>
            <numerusform>Attendance: %n people marked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s), %1% right</source>
        <translation>
            <numerusform>%n hand, %1% right</numerusform>
            <numerusform>%n hands, %1% right</numerusform>
        </translation>
    </message>
</context>
</TS>
