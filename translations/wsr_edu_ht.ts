<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht_HT" sourcelanguage="en">
    <context>
        <name>AdminScreen</name>
        <message>
            <source>Kiosk settings</source>
            <translation>Paramèt kyòs la</translation>
        </message>
        <message>
            <source>Lessons offered</source>
            <translation>Leson yo ofri</translation>
        </message>
        <message>
            <source>Languages offered</source>
            <translation>Lang yo ofri</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Workers may enter their card code</source>
            <translation>Travayè yo ka tape kòd kat yo</translation>
        </message>
        <message>
            <source>e.g. Housing office, camp 3</source>
            <translation>pa egzanp: Biwo lojman, kan 3</translation>
        </message>
        <message>
            <source>Start again after no touch for</source>
            <translation>Rekòmanse si pèsonn pa touche pandan</translation>
        </message>
        <message>
            <source>“Are you still there?” waits</source>
            <translation>«Ou la toujou?» ap tann</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Kote</translation>
        </message>
        <message>
            <source>Without a code, answers are kept with no link to any person.</source>
            <translation>San kòd, repons yo kenbe san yo pa mare ak okenn moun.</translation>
        </message>
        <message>
            <source>Close the kiosk</source>
            <translation>Fèmen kyòs la</translation>
        </message>
        <message>
            <source>Back without saving</source>
            <translation>Retounen san anrejistre</translation>
        </message>
        <message>
            <source>Save and go back</source>
            <translation>Anrejistre epi retounen</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>Attendance: %1</source>
            <translation>Prezans: %1</translation>
        </message>
        <message>
            <source>People in the room</source>
            <translation>Moun ki nan sal la</translation>
        </message>
        <message>
            <source>Count the people; no names are kept.</source>
            <translation>Konte moun yo; yo pa kenbe okenn non.</translation>
        </message>
        <message>
            <source>Make cards</source>
            <translation>Fè kat</translation>
        </message>
        <message>
            <source>Save cards to print…</source>
            <translation>Anrejistre kat pou enprime…</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Kat</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Code on the card</source>
            <translation>Kòd ki sou kat la</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Make</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kòd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Eta</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Prezan</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>An reta</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>Ale bonè</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Gen eskiz</translation>
        </message>
        <message numerus="yes">
            <source>%n card code(s) ready: save them to print, then hand out the cards.</source>
            <translation>
                <numerusform>%n kòd kat pare: anrejistre yo pou enprime, apre sa distribye kat yo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save cards to print</source>
            <translation>Anrejistre kat pou enprime</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Keep this card for the trainings. It does not carry your name.</source>
            <translation>Kenbe kat sa a pou fòmasyon yo. Non ou pa sou li.</translation>
        </message>
        <message>
            <source>Cards saved: %1</source>
            <translation>Kat yo anrejistre: %1</translation>
        </message>
        <message numerus="yes">
            <source>Saved. %n marked.</source>
            <translation>
                <numerusform>Anrejistre. %n make.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n person(s).</source>
            <translation>
                <numerusform>Anrejistre: %n moun.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>wsr-edu: audience screen</source>
            <translation>wsr-edu: ekran pou moun yo</translation>
        </message>
        <message>
            <source>Audience screen</source>
            <translation>Ekran pou moun yo</translation>
        </message>
        <message>
            <source>Nobody is in the attendance yet (A: take it now). End anyway? Esc or Enter: end. Any other key: go on.</source>
            <translation>Poko gen pèsonn nan prezans lan (A: pran l kounye a). Fini kanmenm? Esc oswa Enter: fini. Nenpòt lòt touch: kontinye.</translation>
        </message>
        <message>
            <source>End the session? Esc or Enter: end. Any other key: go on.</source>
            <translation>Fini sesyon an? Esc oswa Enter: fini. Nenpòt lòt touch: kontinye.</translation>
        </message>
    </context>
    <context>
        <name>BackupStatusLine</name>
        <message>
            <source>The daily backup of the records failed: %1. Recording goes on; the next start tries again.</source>
            <translation>Kopi sekirite chak jou dosye yo echwe: %1. Anrejistreman an kontinye; pwochen demaraj la ap eseye ankò.</translation>
        </message>
    </context>
    <context>
        <name>CodeScreen</name>
        <message>
            <source>Type the code on your card</source>
            <translation>Tape kòd ki sou kat ou</translation>
        </message>
        <message>
            <source>No code</source>
            <translation>Pa gen kòd</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Efase</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Dakò</translation>
        </message>
        <message>
            <source>This code is not right. Look at your card again.</source>
            <translation>Kòd sa a pa bon. Gade kat ou ankò.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCard</name>
        <message>
            <source>Complaint line</source>
            <translation>Liy plent</translation>
        </message>
        <message>
            <source>This curriculum names no complaint line. Add one in curriculum.toml under [complaint_line].</source>
            <translation>Kourikoulòm sa a pa bay okenn liy plent. Ajoute youn nan curriculum.toml, anba [complaint_line].</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCardWindow</name>
        <message>
            <source>Complaint line</source>
            <translation>Liy plent</translation>
        </message>
    </context>
    <context>
        <name>CompletionScreen</name>
        <message>
            <source>Well done! You finished.</source>
            <translation>Bravo! Ou fini.</translation>
        </message>
        <message>
            <source>Another lesson</source>
            <translation>Yon lòt leson</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fini</translation>
        </message>
    </context>
    <context>
        <name>ConsoleWindow</name>
        <message>
            <source>wsr-edu: presenter console</source>
            <translation>wsr-edu: konsòl animatè a</translation>
        </message>
        <message>
            <source>Presenter console</source>
            <translation>Konsòl animatè a</translation>
        </message>
        <message>
            <source>Teaching language (L)</source>
            <translation>Lang leson an (L)</translation>
        </message>
        <message>
            <source>Black screen (B)</source>
            <translation>Ekran nwa (B)</translation>
        </message>
        <message>
            <source>Complaint line (C)</source>
            <translation>Liy plent (C)</translation>
        </message>
        <message>
            <source>End session (Esc)</source>
            <translation>Fini seyans lan (Esc)</translation>
        </message>
        <message>
            <source>Attendance (A)</source>
            <translation>Prezans (A)</translation>
        </message>
        <message>
            <source>Play / pause narration (N)</source>
            <translation>Jwe / kanpe narasyon (N)</translation>
        </message>
        <message>
            <source>Slides</source>
            <translation>Paj yo</translation>
        </message>
        <message>
            <source>Slide list</source>
            <translation>Lis paj yo</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Pozisyon</translation>
        </message>
        <message>
            <source>The audience screen is black (B to show it again)</source>
            <translation>Ekran moun yo nwa (B pou montre l ankò)</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Dosye</translation>
        </message>
        <message>
            <source>Current slide</source>
            <translation>Paj kounye a</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>Ekran nwa</translation>
        </message>
        <message>
            <source>Narration state</source>
            <translation>Eta narasyon an</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Revèy</translation>
        </message>
        <message>
            <source>Time since the session started</source>
            <translation>Tan depi seyans lan kòmanse</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Apre</translation>
        </message>
        <message>
            <source>Next slide</source>
            <translation>Paj apre a</translation>
        </message>
        <message>
            <source>Notes for you</source>
            <translation>Nòt pou ou</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Nòt animatè a</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>Sa pou di</translation>
        </message>
        <message>
            <source>Next slide when narration ends</source>
            <translation>Ale nan paj apre a lè narasyon an fini</translation>
        </message>
        <message>
            <source>The changed files have mistakes. The audience still sees the last good version.</source>
            <translation>Fichye ki chanje yo gen erè. Moun yo toujou ap wè dènye bon vèsyon an.</translation>
        </message>
        <message>
            <source>Room screen</source>
            <translation>Ekran sal la</translation>
        </message>
        <message>
            <source>Show the room's picture (S)</source>
            <translation>Montre imaj sal la (S)</translation>
        </message>
        <message>
            <source>Swap screens (S)</source>
            <translation>Chanje ekran yo (S)</translation>
        </message>
        <message>
            <source>The projector shows the same picture as this screen, so your notes are hidden. To see notes, set the displays to Extend (see the displays guide).</source>
            <translation>Pwojektè a montre menm imaj ak ekran sa a, kidonk nòt ou yo kache. Pou wè nòt yo, mete ekran yo sou Pwolonje (gade gid ekran yo).</translation>
        </message>
        <message>
            <source>There is one screen, so your notes are hidden: the room may be looking at it.</source>
            <translation>Gen yon sèl ekran, kidonk nòt ou yo kache: sal la ka ap gade l.</translation>
        </message>
        <message>
            <source>Complaint line card</source>
            <translation>Kat liy plent lan</translation>
        </message>
        <message>
            <source>Slide %1 of %2</source>
            <translation>Paj %1 sou %2</translation>
        </message>
        <message>
            <source>To say (from the %1 text)</source>
            <translation>Pou di (apati tèks %1 la)</translation>
        </message>
        <message>
            <source>Question: %1</source>
            <translation>Kesyon: %1</translation>
        </message>
        <message>
            <source>End: complaint line</source>
            <translation>Fen: liy plent</translation>
        </message>
        <message>
            <source>Not saved: %1. Teaching can go on; fix this before the next session.</source>
            <translation>Pa anrejistre: %1. Leson an ka kontinye; ranje sa anvan pwochen seyans lan.</translation>
        </message>
        <message>
            <source>Hide the list</source>
            <translation>Kache lis la</translation>
        </message>
        <message>
            <source>Show the list</source>
            <translation>Montre lis la</translation>
        </message>
        <message>
            <source>Elapsed %1</source>
            <translation>Tan pase %1</translation>
        </message>
        <message>
            <source>%1 over the planned %2 min</source>
            <translation>%1 plis pase %2 min ki te prevwa</translation>
        </message>
        <message>
            <source>%1 left of %2 min</source>
            <translation>Rete %1 sou %2 min</translation>
        </message>
        <message>
            <source>PRACTICE: nothing is recorded. The room's screen does not show this.</source>
            <translation>PRATIK: anyen pa anrejistre. Ekran sal la pa montre sa.</translation>
        </message>
        <message>
            <source>Nobody is in the attendance yet: A to take it now. End the session anyway? Esc or Enter: end. Any other key: go on teaching.</source>
            <translation>Poko gen pèsonn nan prezans lan: A pou pran l kounye a. Fini sesyon an kanmenm? Esc oswa Enter: fini. Nenpòt lòt touch: kontinye anseye.</translation>
        </message>
        <message>
            <source>End the session? Esc or Enter: end. Any other key: go on teaching.</source>
            <translation>Fini sesyon an? Esc oswa Enter: fini. Nenpòt lòt touch: kontinye anseye.</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorView</name>
        <message>
            <source>Excel workbook, every table (*.xlsx)</source>
            <translation>Klasè Excel, tout tablo yo (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF report to sign and hand over (*.pdf)</source>
            <translation>Rapò PDF pou siyen epi remèt (*.pdf)</translation>
        </message>
        <message>
            <source>CSV: sessions (*.csv)</source>
            <translation>CSV: sesyon yo (*.csv)</translation>
        </message>
        <message>
            <source>CSV: attendance (*.csv)</source>
            <translation>CSV: prezans (*.csv)</translation>
        </message>
        <message>
            <source>CSV: answers per question (*.csv)</source>
            <translation>CSV: repons pou chak kesyon (*.csv)</translation>
        </message>
        <message>
            <source>CSV: understanding by language and version (*.csv)</source>
            <translation>CSV: konpreyansyon pa lang ak vèsyon (*.csv)</translation>
        </message>
        <message>
            <source>CSV: paid time per site and month (*.csv)</source>
            <translation>CSV: tan peye pa kote ak mwa (*.csv)</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Kote ekspòtasyon an rive</translation>
        </message>
        <message>
            <source>Show names</source>
            <translation>Montre non yo</translation>
        </message>
        <message>
            <source>Only sessions where the organisation allowed names have any</source>
            <translation>Se sèlman seyans kote òganizasyon an te pèmèt non ki genyen non</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Ekspòte…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Depi</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Jiska</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Kote</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modil</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Animatè</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lang</translation>
        </message>
        <message>
            <source>sessions</source>
            <translation>seyans</translation>
        </message>
        <message>
            <source>worker contacts</source>
            <translation>kontak ak travayè</translation>
        </message>
        <message>
            <source>distinct participants</source>
            <translation>moun diferan ki patisipe</translation>
        </message>
        <message>
            <source>hours taught</source>
            <translation>èdtan leson</translation>
        </message>
        <message>
            <source>paid education hours</source>
            <translation>èdtan fòmasyon peye</translation>
        </message>
        <message>
            <source>Share of correct answers per question (red: misunderstood)</source>
            <translation>Pousantaj bon repons pou chak kesyon (wouj: moun pa t konprann)</translation>
        </message>
        <message>
            <source>Correct answers by teaching language and curriculum version</source>
            <translation>Bon repons pa lang ansèyman ak vèsyon kourikoulòm</translation>
        </message>
        <message>
            <source>Worker contacts per site</source>
            <translation>Kontak ak travayè pou chak kote</translation>
        </message>
        <message>
            <source>Anonymous feedback: share of each answer</source>
            <translation>Opinyon anonim: pòsyon chak repons</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Reading the records…</source>
            <translation>N ap li dosye yo…</translation>
        </message>
        <message>
            <source>Only headcounts were kept, so people cannot be told apart</source>
            <translation>Se sèlman kantite moun yo te kenbe, donk nou pa ka distenge moun yo</translation>
        </message>
        <message>
            <source>Paid worker hours (hours times the workers present): %1</source>
            <translation>Èdtan travayè peye (èdtan fwa travayè ki te la): %1</translation>
        </message>
        <message>
            <source>No quiz answers in these sessions.</source>
            <translation>Pa gen repons kesyon nan seyans sa yo.</translation>
        </message>
        <message>
            <source>No sessions.</source>
            <translation>Pa gen seyans.</translation>
        </message>
        <message numerus="yes">
            <source>Showing the latest %1 of %n session(s); totals and charts cover them all.</source>
            <translation>
                <numerusform>N ap montre %1 dènye seyans sou %n; total yo ak graf yo konte yo tout.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) not ended yet.</source>
            <translation>
                <numerusform>%n seyans poko fini.</numerusform>
            </translation>
        </message>
        <message>
            <source>No feedback in this period.</source>
            <translation>Pa gen opinyon nan peryòd sa a.</translation>
        </message>
        <message>
            <source>Export the sessions shown</source>
            <translation>Ekspòte seyans ki parèt yo</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>N ap ekspòte nan %1…</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n row(s) written</source>
            <translation>
                <numerusform>%1: %n liy ekri</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CurriculumPage</name>
        <message>
            <source>Teaching &amp;language:</source>
            <translation>&amp;Lang leson an:</translation>
        </message>
        <message>
            <source>Teaching language</source>
            <translation>Lang leson an</translation>
        </message>
        <message>
            <source>Complaint line</source>
            <translation>Liy plent</translation>
        </message>
        <message>
            <source>Complaint line number</source>
            <translation>Nimewo liy plent lan</translation>
        </message>
        <message>
            <source>Show the complaint &amp;card</source>
            <translation>Montre kat plen&amp;t lan</translation>
        </message>
        <message>
            <source>Show the complaint line card</source>
            <translation>Montre kat liy plent lan</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modil yo</translation>
        </message>
        <message>
            <source>Record &amp;narration...</source>
            <translation>&amp;Anrejistre naratif la...</translation>
        </message>
        <message>
            <source>Record the narration in your own voice</source>
            <translation>Anrejistre naratif la ak pwòp vwa ou</translation>
        </message>
        <message>
            <source>&amp;Present this module (F5)</source>
            <translation>&amp;Prezante modil sa a (F5)</translation>
        </message>
        <message>
            <source>Present the selected module</source>
            <translation>Prezante modil ou chwazi a</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) from the checker (run 'wsr-edu validate' to read them)</source>
            <translation>
                <numerusform>%n avètisman nan verifikasyon an (lanse 'wsr-edu validate' pou li yo)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hide the %n mistake(s) in modules</source>
            <translation>
                <numerusform>Kache %n erè nan modil yo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show the %n mistake(s) in modules</source>
            <translation>
                <numerusform>Montre %n erè nan modil yo</numerusform>
            </translation>
        </message>
        <message>
            <source>This module has mistakes to fix first (listed above).</source>
            <translation>Modil sa a gen erè pou korije anvan (nan lis anwo a).</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>vèsyon %1</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n modil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min in all</source>
            <translation>
                <numerusform>%n min an tout</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorPage</name>
        <message>
            <source>Each line names the file and the line number in it. Open the file in a text editor, fix the line, save, and press Check again.</source>
            <translation>Chak liy bay non fichye a ak nimewo liy lan. Louvri fichye a nan yon editè tèks, korije liy lan, anrejistre, epi peze Tcheke ankò.</translation>
        </message>
        <message>
            <source>Open the &amp;folder</source>
            <translation>Louvri do&amp;sye a</translation>
        </message>
        <message>
            <source>Check &amp;again</source>
            <translation>Tc&amp;heke ankò</translation>
        </message>
        <message>
            <source>This curriculum cannot be taught until these mistakes are fixed</source>
            <translation>Nou pa ka anseye kourikoulòm sa a toutotan erè sa yo pa korije</translation>
        </message>
        <message numerus="yes">
            <source>%n mistake(s) to fix before this curriculum can be taught</source>
            <translation>
                <numerusform>Gen %n erè pou korije anvan nou ka anseye kourikoulòm sa a</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Dosye: %1</translation>
        </message>
    </context>
    <context>
        <name>FeedbackCounts</name>
        <message>
            <source>Hands for %1: %2</source>
            <translation>Men pou %1: %2</translation>
        </message>
        <message>
            <source>Feedback by show of hands</source>
            <translation>Opinyon ak men leve</translation>
        </message>
        <message>
            <source>Show to the room</source>
            <translation>Montre sal la</translation>
        </message>
        <message>
            <source>Ask each question aloud and show its pictures; type how many hands go up for each answer. Only the numbers are kept.</source>
            <translation>Poze chak kesyon byen fò epi montre desen li yo; tape konbyen men ki leve pou chak repons. Se sèlman chif yo ki kenbe.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackRoomWindow</name>
        <message>
            <source>Feedback for the room</source>
            <translation>Opinyon pou sal la</translation>
        </message>
        <message>
            <source>Esc: back to the counts. Right and Left: the other questions.</source>
            <translation>Esc: tounen nan kont yo. Adwat ak agoch: lòt kesyon yo.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <source>Your opinion. Nobody will know what you answer.</source>
            <translation>Opinyon ou. Pèsonn p ap konnen sa ou reponn.</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repete</translation>
        </message>
    </context>
    <context>
        <name>InterfaceLanguageBox</name>
        <message>
            <source>Computer's language</source>
            <translation>Lang òdinatè a</translation>
        </message>
        <message>
            <source>Interface language</source>
            <translation>Lang pwogram nan</translation>
        </message>
        <message>
            <source>Language of the buttons and menus (not of the lessons)</source>
            <translation>Lang bouton ak meni yo (pa lang leson yo)</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>wsr-edu kiosk</source>
            <translation>wsr-edu kyòs</translation>
        </message>
    </context>
    <context>
        <name>LessonScreen</name>
        <message>
            <source>Lessons</source>
            <translation>Leson yo</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retounen</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repete</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Apre</translation>
        </message>
    </context>
    <context>
        <name>LibraryWindow</name>
        <message>
            <source>signed by %1 - version %2 - fingerprint %3</source>
            <translation>siyen pa %1 - vèsyon %2 - anprent %3</translation>
        </message>
        <message>
            <source>an unnamed organisation</source>
            <translation>yon òganizasyon san non</translation>
        </message>
        <message>
            <source>not signed: nothing shows these files come from your organisation. Ask it for a signed curriculum pack.</source>
            <translation>pa siyen: anyen pa montre fichye sa yo soti nan òganizasyon ou. Mande li yon pakè kourikoulòm ki siyen.</translation>
        </message>
        <message>
            <source>signature not valid: %1</source>
            <translation>siyati a pa valab: %1</translation>
        </message>
        <message>
            <source>signed by %1</source>
            <translation>siyen pa %1</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>pa siyen</translation>
        </message>
        <message>
            <source>signature not valid</source>
            <translation>siyati a pa valab</translation>
        </message>
        <message>
            <source>Version %2 of %1 is already installed (signed by %3).</source>
            <translation>Vèsyon %2 %1 la deja enstale (siyen pa %3).</translation>
        </message>
        <message>
            <source>%1 version %2 was installed again from its signed pack (signed by %3).</source>
            <translation>%1 vèsyon %2 enstale ankò apati pakè siyen li (siyen pa %3).</translation>
        </message>
        <message>
            <source>%1 was upgraded from version %4 to %2 (signed by %3).</source>
            <translation>%1 pase soti nan vèsyon %4 rive nan vèsyon %2 (siyen pa %3).</translation>
        </message>
        <message>
            <source>%1 version %2 was installed (signed by %3).</source>
            <translation>%1 vèsyon %2 enstale (siyen pa %3).</translation>
        </message>
        <message>
            <source>wsr-edu: library</source>
            <translation>wsr-edu: bibliyotèk</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliyotèk</translation>
        </message>
        <message>
            <source>Facilitator's library</source>
            <translation>Bibliyotèk animatè a</translation>
        </message>
        <message>
            <source>&amp;Open a curriculum folder…</source>
            <translation>L&amp;ouvri yon dosye kourikoulòm…</translation>
        </message>
        <message>
            <source>Open a curriculum pac&amp;k…</source>
            <translation>Louvri &amp;yon pakè kourikoulòm…</translation>
        </message>
        <message>
            <source>Recor&amp;ds and reports…</source>
            <translation>&amp;Dosye ak rapò…</translation>
        </message>
        <message>
            <source>Pr&amp;int for workers</source>
            <translation>&amp;Enprime pou travayè yo</translation>
        </message>
        <message>
            <source>Curricula</source>
            <translation>Kourikoulòm yo</translation>
        </message>
        <message>
            <source>Looking for curricula…</source>
            <translation>N ap chèche kourikoulòm…</translation>
        </message>
        <message>
            <source>No curriculum was found. Open a curriculum folder (a folder with a curriculum.toml file) to start.</source>
            <translation>Nou pa jwenn okenn kourikoulòm. Pou kòmanse, louvri yon dosye kourikoulòm (yon dosye ki gen yon fichye curriculum.toml).</translation>
        </message>
        <message>
            <source>wsr-edu: records and reports</source>
            <translation>wsr-edu: dosye ak rapò</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>vèsyon %1</translation>
        </message>
        <message numerus="yes">
            <source>%n mistake(s) to fix</source>
            <translation>
                <numerusform>%n erè pou korije</numerusform>
            </translation>
        </message>
        <message>
            <source>The curricula could not be read: %1</source>
            <translation>Nou pa t ka li kourikoulòm yo: %1</translation>
        </message>
        <message>
            <source>Open a curriculum folder</source>
            <translation>Louvri yon dosye kourikoulòm</translation>
        </message>
        <message>
            <source>There is no curriculum in %1. Choose the folder that holds curriculum.toml.</source>
            <translation>Pa gen okenn kourikoulòm nan %1. Chwazi dosye ki gen curriculum.toml la.</translation>
        </message>
        <message>
            <source>Open a curriculum pack</source>
            <translation>Louvri yon pakè kourikoulòm</translation>
        </message>
        <message>
            <source>Curriculum packs (*.wsrpack)</source>
            <translation>Pakè kourikoulòm (*.wsrpack)</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>N ap verifye %1…</translation>
        </message>
        <message>
            <source>The pack was not installed: %1</source>
            <translation>Pakè a pa enstale: %1</translation>
        </message>
        <message>
            <source>This computer presents signed curricula only; this one is not (%1). Install it from its organisation's pack.</source>
            <translation>Òdinatè sa a montre sèlman kourikoulòm ki siyen; sa a pa siyen (%1). Enstale l apati pakè òganizasyon li.</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>poko verifye</translation>
        </message>
        <message>
            <source>The records cannot be used: %1. You can still teach; nothing is recorded.</source>
            <translation>Nou pa ka sèvi ak dosye yo: %1. Ou ka toujou anseye; anyen p ap anrejistre.</translation>
        </message>
        <message>
            <source>The records were restored: %1</source>
            <translation>Dosye yo retabli: %1</translation>
        </message>
    </context>
    <context>
        <name>ModuleItem</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n slide(s)</source>
            <translation>
                <numerusform>%n paj</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n kesyon</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModulesScreen</name>
        <message>
            <source>Language</source>
            <translation>Lang</translation>
        </message>
        <message>
            <source>My code</source>
            <translation>Kòd mwen</translation>
        </message>
    </context>
    <context>
        <name>NarrationControl</name>
        <message>
            <source>Narration paused (N to go on)</source>
            <translation>Narasyon an kanpe (N pou kontinye)</translation>
        </message>
        <message>
            <source>Narration playing (N to pause)</source>
            <translation>Narasyon an ap jwe (N pou kanpe)</translation>
        </message>
        <message>
            <source>No narration: %1</source>
            <translation>Pa gen narasyon: %1</translation>
        </message>
        <message>
            <source>No sound: %1</source>
            <translation>Pa gen son: %1</translation>
        </message>
        <message>
            <source>Narration cannot play: %1</source>
            <translation>Narasyon an pa ka jwe: %1</translation>
        </message>
        <message>
            <source>Explanation playing, recording (N to pause)</source>
            <translation>Eksplikasyon an ap jwe, anrejistreman (N pou kanpe)</translation>
        </message>
        <message>
            <source>Explanation playing, generated voice (N to pause)</source>
            <translation>Eksplikasyon an ap jwe, vwa òdinatè (N pou kanpe)</translation>
        </message>
        <message>
            <source>Narration playing, recording (N to pause)</source>
            <translation>Narasyon an ap jwe, anrejistreman (N pou kanpe)</translation>
        </message>
        <message>
            <source>Narration playing, generated voice (N to pause)</source>
            <translation>Narasyon an ap jwe, vwa òdinatè (N pou kanpe)</translation>
        </message>
        <message>
            <source>Explanation ready (N to play)</source>
            <translation>Eksplikasyon pare (N pou jwe)</translation>
        </message>
        <message>
            <source>Recording ready (N to play)</source>
            <translation>Anrejistreman pare (N pou jwe)</translation>
        </message>
        <message>
            <source>Generated voice ready (N to play)</source>
            <translation>Vwa òdinatè pare (N pou jwe)</translation>
        </message>
        <message>
            <source>Narration finished</source>
            <translation>Narasyon an fini</translation>
        </message>
    </context>
    <context>
        <name>PictureCodeScreen</name>
        <message>
            <source>Touch the 3 pictures on your card</source>
            <translation>Touche 3 imaj ki sou kat ou a</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Retire</translation>
        </message>
        <message>
            <source>Type the letters</source>
            <translation>Tape lèt yo</translation>
        </message>
        <message>
            <source>These pictures are not right. Look at your card and try again.</source>
            <translation>Imaj sa yo pa bon. Gade kat ou a epi eseye ankò.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Delete</source>
            <translation>Efase</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Dakò</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anile</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n try(ies) left.</source>
            <translation>
                <numerusform>Move PIN. Rete %n esè.</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>PIN administratè a</translation>
        </message>
        <message>
            <source>PIN: the disk is full</source>
            <translation>PIN: disk la plen</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong PINs. Try again in %n second(s).</source>
            <translation>
                <numerusform>Twòp move PIN. Eseye ankò nan %n segonn.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintMenu</name>
        <message>
            <source>Complaint-line wallet cards…</source>
            <translation>Kat bous pou liy plent lan…</translation>
        </message>
        <message>
            <source>Take-home handout of this module…</source>
            <translation>Fèy pou pote lakay pou modil sa a…</translation>
        </message>
        <message>
            <source>Save the PDF to print</source>
            <translation>Anrejistre PDF la pou enprime</translation>
        </message>
        <message>
            <source>Saved %1: ready to print.</source>
            <translation>Anrejistre %1: pare pou enprime.</translation>
        </message>
        <message>
            <source>The PDF was not saved: %1</source>
            <translation>PDF la pa t anrejistre: %1</translation>
        </message>
    </context>
    <context>
        <name>ProblemList</name>
        <message>
            <source>Problems found</source>
            <translation>Pwoblèm nou jwenn</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erè</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avètisman</translation>
        </message>
        <message>
            <source>How to fix: %1</source>
            <translation>Kijan pou korije l: %1</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>Skip</source>
            <translation>Sote</translation>
        </message>
        <message>
            <source>Check my answer</source>
            <translation>Tcheke repons mwen</translation>
        </message>
        <message>
            <source>Right!</source>
            <translation>Se sa!</translation>
        </message>
        <message>
            <source>Not quite. The right answer has a check mark.</source>
            <translation>Pa tout afè. Bon repons lan gen yon mak tcheke.</translation>
        </message>
        <message>
            <source>Take this out</source>
            <translation>Retire sa a</translation>
        </message>
        <message>
            <source>Choose this</source>
            <translation>Chwazi sa a</translation>
        </message>
    </context>
    <context>
        <name>QuizPanel</name>
        <message>
            <source>Count summary</source>
            <translation>Rezime kont lan</translation>
        </message>
        <message>
            <source>Show of hands</source>
            <translation>Leve men</translation>
        </message>
        <message>
            <source>Next question: slide %1</source>
            <translation>Pwochen kesyon: paj %1</translation>
        </message>
        <message>
            <source>Last question: slide %1</source>
            <translation>Dènye kesyon: paj %1</translation>
        </message>
        <message>
            <source>Hide answer (R)</source>
            <translation>Kache repons lan (R)</translation>
        </message>
        <message>
            <source>Reveal answer (R)</source>
            <translation>Montre repons lan (R)</translation>
        </message>
        <message>
            <source>Hide the answer</source>
            <translation>Kache repons lan</translation>
        </message>
        <message>
            <source>Reveal the answer</source>
            <translation>Montre repons lan</translation>
        </message>
        <message>
            <source>Hands are counted when it is up</source>
            <translation>N ap konte men lè li parèt</translation>
        </message>
        <message>
            <source>No hands counted yet</source>
            <translation>Poko konte men</translation>
        </message>
        <message numerus="yes">
            <source>%n hand(s) in all, %1% on right answers</source>
            <translation>
                <numerusform>%n men an tout, %1% sou bon repons</numerusform>
            </translation>
        </message>
        <message>
            <source>Hands for choice %1: %2</source>
            <translation>Men pou chwa %1: %2</translation>
        </message>
    </context>
    <context>
        <name>QuizView</name>
        <message>
            <source>Right answer</source>
            <translation>Bon repons</translation>
        </message>
        <message numerus="yes">
            <source>%n hand(s)</source>
            <translation>
                <numerusform>%n men</numerusform>
            </translation>
        </message>
        <message>
            <source>blue circle</source>
            <translation>sèk ble</translation>
        </message>
        <message>
            <source>orange triangle</source>
            <translation>triyang zoranj</translation>
        </message>
        <message>
            <source>green square</source>
            <translation>kare vèt</translation>
        </message>
        <message>
            <source>purple diamond</source>
            <translation>lozanj vyolèt</translation>
        </message>
        <message>
            <source>sky-blue hexagon</source>
            <translation>egzagòn ble syèl</translation>
        </message>
        <message>
            <source>red star</source>
            <translation>zetwal wouj</translation>
        </message>
    </context>
    <context>
        <name>RecorderWindow</name>
        <message>
            <source>wsr-edu: record narration</source>
            <translation>wsr-edu: anrejistre naratif la</translation>
        </message>
        <message>
            <source>Record narration in your own voice</source>
            <translation>Anrejistre naratif la ak pwòp vwa ou</translation>
        </message>
        <message>
            <source>Language spoken</source>
            <translation>Lang ki pale a</translation>
        </message>
        <message>
            <source>Parts to record</source>
            <translation>Pati pou anrejistre</translation>
        </message>
        <message>
            <source>What to say</source>
            <translation>Sa pou di</translation>
        </message>
        <message>
            <source>Microphone level</source>
            <translation>Nivo mikwofòn nan</translation>
        </message>
        <message>
            <source>Stopped. Nothing was kept; press Space to record again.</source>
            <translation>Sispann. Anyen pa kenbe; peze Espas pou anrejistre ankò.</translation>
        </message>
        <message>
            <source>This take is not kept yet. Press Enter to keep it, or Esc again to close without it.</source>
            <translation>Anrejistreman sa a poko kenbe. Peze Antre pou kenbe l, oswa Esc ankò pou fèmen san li.</translation>
        </message>
        <message>
            <source>Stop (Space)</source>
            <translation>Rete (Espas)</translation>
        </message>
        <message>
            <source>Record (Space)</source>
            <translation>Anrejistre (Espas)</translation>
        </message>
        <message>
            <source>Listen (P)</source>
            <translation>Koute (P)</translation>
        </message>
        <message>
            <source>Keep it (Enter)</source>
            <translation>Kenbe l (Antre)</translation>
        </message>
        <message>
            <source>Kiosk</source>
            <translation>Kyòsk</translation>
        </message>
        <message>
            <source>recorded</source>
            <translation>anrejistre</translation>
        </message>
        <message>
            <source>generated voice</source>
            <translation>vwa machin</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>anyen ankò</translation>
        </message>
        <message>
            <source>Choice %1</source>
            <translation>Repons %1</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Poukisa</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Byenveni</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tit</translation>
        </message>
        <message>
            <source>The kiosk's welcome in %1</source>
            <translation>Byenveni kyòsk la nan %1</translation>
        </message>
        <message>
            <source>Say, in %1: "For %1, touch here." A worker hears it when they touch this language's button at the kiosk.</source>
            <translation>Di, nan %1: « Pou %1, touche la a. » Yon travayè tande l lè li touche bouton lang sa a nan kyòsk la.</translation>
        </message>
        <message>
            <source>The lesson's title, said on its kiosk tile</source>
            <translation>Tit leson an, yo di l sou kare li nan kyòsk la</translation>
        </message>
        <message>
            <source>%1: choice %2</source>
            <translation>%1: repons %2</translation>
        </message>
        <message>
            <source>%1: the explanation after the answer</source>
            <translation>%1: eksplikasyon apre repons lan</translation>
        </message>
        <message>
            <source>%1 (say it in %2, from the %3 text)</source>
            <translation>%1 (di l nan %2, apati tèks %3 la)</translation>
        </message>
        <message>
            <source>Cannot record: %1</source>
            <translation>Pa ka anrejistre: %1</translation>
        </message>
        <message>
            <source>Recording. Say the words, then press Space.</source>
            <translation>N ap anrejistre. Di mo yo, epi peze Espas.</translation>
        </message>
        <message>
            <source>Nothing was heard. Speak closer to the microphone, or check that it is not muted, and record again.</source>
            <translation>Yo pa tande anyen. Pale pi pre mikwofòn nan, oswa gade si li pa fèmen, epi anrejistre ankò.</translation>
        </message>
        <message>
            <source>Heard %1 seconds. Listen to it, keep it, or record again.</source>
            <translation>Yo tande %1 segonn. Koute l, kenbe l, oswa anrejistre ankò.</translation>
        </message>
        <message>
            <source>Kept. It replaces the generated voice at once.</source>
            <translation>Li kenbe. Li ranplase vwa machin nan touswit.</translation>
        </message>
        <message>
            <source>Not kept: %1</source>
            <translation>Li pa kenbe: %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>The records need a backup</source>
            <translation>Dosye yo bezwen yon kopi sekirite</translation>
        </message>
        <message>
            <source>The records file %1 %2. Nothing is recorded until it is restored.</source>
            <translation>Fichye dosye yo %1 %2. Anyen pa anrejistre jiskaske li retabli.</translation>
        </message>
        <message>
            <source>Restore the newest good backup?
%1</source>
            <translation>Retabli dènye bon kopi sekirite a?
%1</translation>
        </message>
        <message>
            <source>The damaged file is kept beside it, so nothing is thrown away.</source>
            <translation>Fichye ki domaje a rete bò kote l, kidonk anyen pa pèdi.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pa kounye a</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Retabli kopi a</translation>
        </message>
    </context>
    <context>
        <name>ResumeBanner</name>
        <message>
            <source>Unfinished session</source>
            <translation>Seyans ki pa fini</translation>
        </message>
        <message>
            <source>&amp;Resume it</source>
            <translation>&amp;Kontinye l</translation>
        </message>
        <message>
            <source>&amp;End it now</source>
            <translation>&amp;Fini l kounye a</translation>
        </message>
        <message>
            <source>A session was not ended (the app closed while it was running): %1 at %2, started %3. Nothing recorded in it was lost.</source>
            <translation>Yon seyans pa t fini (aplikasyon an te fèmen pandan l t ap mache): %1 nan %2, li te kòmanse %3. Anyen ki te anrejistre pa pèdi.</translation>
        </message>
    </context>
    <context>
        <name>SessionDesk</name>
        <message>
            <source>Attendance</source>
            <translation>Prezans</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>Names</source>
            <translation>Non yo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dat</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Lè kòmanse</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Èdtan</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Kote</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gwoup</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Animatè</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lang</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modil</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Vèsyon</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Vi prive</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontak</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Peye</translation>
        </message>
        <message>
            <source>headcount</source>
            <translation>kantite moun</translation>
        </message>
        <message>
            <source>codes</source>
            <translation>kòd</translation>
        </message>
        <message>
            <source>names</source>
            <translation>non</translation>
        </message>
        <message>
            <source>open</source>
            <translation>louvri</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>wi</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>End of module</source>
            <translation>Fen modil la</translation>
        </message>
        <message>
            <source>Black screen</source>
            <translation>Ekran nwa</translation>
        </message>
    </context>
    <context>
        <name>StartSessionDialog</name>
        <message>
            <source>Start a session</source>
            <translation>Kòmanse yon seyans</translation>
        </message>
        <message>
            <source>Farm, factory or field</source>
            <translation>Fèm, faktori oswa jaden</translation>
        </message>
        <message>
            <source>Crew, shift or line (optional)</source>
            <translation>Ekip, woulman oswa liy (si ou vle)</translation>
        </message>
        <message>
            <source>Headcount only (recommended)</source>
            <translation>Konte moun sèlman (nou rekòmande sa)</translation>
        </message>
        <message>
            <source>Pseudonymous codes on cards</source>
            <translation>Kòd sou kat, san non</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Non yo</translation>
        </message>
        <message>
            <source>Held on paid time (workers are paid as for work)</source>
            <translation>Sou tan peye (travayè yo peye kòm pou travay)</translation>
        </message>
        <message>
            <source>Keep as little as the programme needs: a headcount protects workers best. Codes tell people apart without names.</source>
            <translation>Kenbe sèlman sa pwogram nan bezwen: konte moun pwoteje travayè yo pi byen. Kòd yo fè diferans ant moun san non.</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>Kote</translation>
        </message>
        <message>
            <source>Group or crew</source>
            <translation>Gwoup oswa ekip</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Animatè</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Modil</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Lang</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Prezans</translation>
        </message>
        <message>
            <source>Room screen</source>
            <translation>Ekran sal la</translation>
        </message>
        <message>
            <source>The projector (not this computer's own screen)</source>
            <translation>Pwojektè a (pa ekran pwòp òdinatè sa a)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Kòmanse</translation>
        </message>
        <message>
            <source>Practise (nothing recorded)</source>
            <translation>Pratike (anyen pa anrejistre)</translation>
        </message>
        <message>
            <source>This curriculum has no module to teach.</source>
            <translation>Kourikoulòm sa a pa gen okenn modil pou anseye.</translation>
        </message>
        <message>
            <source>To start, type the site: the farm, factory or field.</source>
            <translation>Pou kòmanse, ekri kote a: fèm nan, faktori a oswa jaden an.</translation>
        </message>
    </context>
    <context>
        <name>StillThere</name>
        <message>
            <source>Are you still there?</source>
            <translation>Ou la toujou?</translation>
        </message>
        <message>
            <source>I'm still here</source>
            <translation>Mwen la toujou</translation>
        </message>
    </context>
    <context>
        <name>SummaryWindow</name>
        <message>
            <source>Session ended</source>
            <translation>Sesyon an fini</translation>
        </message>
        <message>
            <source>Session ended: %1</source>
            <translation>Sesyon an fini: %1</translation>
        </message>
        <message>
            <source>Taught %1 min of the %2 planned.</source>
            <translation>Anseye %1 min sou %2 ki te prevwa.</translation>
        </message>
        <message>
            <source>Taught %1 min.</source>
            <translation>Anseye %1 min.</translation>
        </message>
        <message>
            <source>People at the session</source>
            <translation>Moun ki te nan sesyon an</translation>
        </message>
        <message numerus="yes">
            <source>At least %n: the most hands raised for one question.</source>
            <translation>
                <numerusform>Omwen %n: pi plis men ki te leve pou yon sèl kesyon.</numerusform>
            </translation>
        </message>
        <message>
            <source>Practice: nothing was recorded.</source>
            <translation>Pratik: anyen pa t anrejistre.</translation>
        </message>
        <message>
            <source>Attendance: reading the records…</source>
            <translation>Prezans: n ap li dosye yo…</translation>
        </message>
        <message numerus="yes">
            <source>Attendance: %n person(s) counted.</source>
            <translation>
                <numerusform>Prezans: %n moun konte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attendance: %n person(s) marked.</source>
            <translation>
                <numerusform>Prezans: %n moun make.</numerusform>
            </translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Kesyon</translation>
        </message>
        <message>
            <source>This module has no questions.</source>
            <translation>Modil sa a pa gen kesyon.</translation>
        </message>
        <message>
            <source>no hands counted</source>
            <translation>pa gen men ki konte</translation>
        </message>
        <message numerus="yes">
            <source>%n hand(s), %1% right</source>
            <translation>
                <numerusform>%n men, %1% bon</numerusform>
            </translation>
        </message>
        <message>
            <source>Slide %1, %2: %3</source>
            <translation>Paj %1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>Smaller text</source>
            <translation>Ekriti pi piti</translation>
        </message>
        <message>
            <source>Bigger text</source>
            <translation>Ekriti pi gwo</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+−)</source>
            <translation>Ekriti pi piti (Ctrl+−)</translation>
        </message>
        <message>
            <source>Bigger text (Ctrl++)</source>
            <translation>Ekriti pi gwo (Ctrl++)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Gwosè ekriti</translation>
        </message>
        <message>
            <source>Text %1%</source>
            <translation>Ekriti %1%</translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Choose your language</source>
            <translation>Chwazi lang ou</translation>
        </message>
        <message>
            <source>Touch your language</source>
            <translation>Touche lang ou</translation>
        </message>
        <message>
            <source>Listen again</source>
            <translation>Koute ankò</translation>
        </message>
    </context>
</TS>
