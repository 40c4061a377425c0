<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD" sourcelanguage="en">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>কিয়স্কের সেটিংস</translation>
    </message>
    <message>
        <source>Lessons offered</source>
        <translation>যে পাঠগুলো দেখানো হবে</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>যে ভাষাগুলো দেখানো হবে</translation>
    </message>
    <message>
        <source> s</source>
        <translation> সেকেন্ড</translation>
    </message>
    <message>
        <source>Workers may enter their card code</source>
        <translation>শ্রমিকেরা তাদের কার্ডের কোড দিতে পারবেন</translation>
    </message>
    <message>
        <source>e.g. Housing office, camp 3</source>
        <translation>যেমন: হাউজিং অফিস, ক্যাম্প ৩</translation>
    </message>
    <message>
        <source>Start again after no touch for</source>
        <translation>কেউ না ছুঁলে আবার শুরু হবে এত সময় পরে</translation>
    </message>
    <message>
        <source>“Are you still there?” waits</source>
        <translation>“আপনি কি এখনো আছেন?” অপেক্ষা করবে</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <source>Without a code, answers are kept with no link to any person.</source>
        <translation>কোড ছাড়া উত্তরগুলো কোনো মানুষের সাথে যুক্ত না করেই রাখা হয়।</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>কিয়স্ক বন্ধ করুন</translation>
    </message>
    <message>
        <source>Back without saving</source>
        <translation>সংরক্ষণ না করে ফিরে যান</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>সংরক্ষণ করে ফিরে যান</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance: %1</source>
        <translation>উপস্থিতি: %1</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>কক্ষে উপস্থিত মানুষ</translation>
    </message>
    <message>
        <source>Count the people; no names are kept.</source>
        <translation>মানুষ গুনুন; কোনো নাম রাখা হয় না।</translation>
    </message>
    <message>
        <source>Make cards</source>
        <translation>কার্ড তৈরি করুন</translation>
    </message>
    <message>
        <source>Save cards to print…</source>
        <translation>ছাপার জন্য কার্ড সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>কার্ড</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Code on the card</source>
        <translation>কার্ডের কোড</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>কোড</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>উপস্থিত</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>দেরিতে এসেছেন</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>আগে চলে গেছেন</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>ছুটিতে</translation>
    </message>
    <message numerus="yes">
        <source>%n card code(s) ready: save them to print, then hand out the cards.</source>
        <translation>
            <numerusform>%n টি কার্ড কোড তৈরি: ছাপার জন্য সংরক্ষণ করুন, তারপর কার্ডগুলো বিতরণ করুন।</numerusform>
            <numerusform>%n টি কার্ড কোড তৈরি: ছাপার জন্য সংরক্ষণ করুন, তারপর কার্ডগুলো বিতরণ করুন।</numerusform>
        </translation>
    </message>
    <message>
        <source>Save cards to print</source>
        <translation>ছাপার জন্য কার্ড সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Keep this card for the trainings. It does not carry your name.</source>
        <translation>প্রশিক্ষণের জন্য এই কার্ডটি রাখুন। এতে আপনার নাম নেই।</translation>
    </message>
    <message>
        <source>Cards saved: %1</source>
        <translation>কার্ড সংরক্ষিত: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n marked.</source>
        <translation>
            <numerusform>সংরক্ষিত। %n জন চিহ্নিত।</numerusform>
            <numerusform>সংরক্ষিত। %n জন চিহ্নিত।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n person(s).</source>
        <translation>
            <numerusform>সংরক্ষিত: %n জন।</numerusform>
            <numerusform>সংরক্ষিত: %n জন।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>wsr-edu: audience screen</source>
        <translation>wsr-edu: দর্শকদের পর্দা</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>দর্শকদের পর্দা</translation>
    </message>
    <message>
        <source>Nobody is in the attendance yet (A: take it now). End anyway? Esc or Enter: end. Any other key: go on.</source>
        <translation>উপস্থিতিতে এখনও কেউ নেই (A: এখনই নিন)। তবুও শেষ করবেন? Esc বা Enter: শেষ। অন্য যেকোনো কী: চালিয়ে যান।</translation>
    </message>
    <message>
        <source>End the session? Esc or Enter: end. Any other key: go on.</source>
        <translation>সেশন শেষ করবেন? Esc বা Enter: শেষ। অন্য যেকোনো কী: চালিয়ে যান।</translation>
    </message>
</context>
<context>
    <name>BackupStatusLine</name>
    <message>
        <source>The daily backup of the records failed: %1. Recording goes on; the next start tries again.</source>
        <translation>রেকর্ডের দৈনিক ব্যাকআপ ব্যর্থ হয়েছে: %1। রেকর্ড করা চলছে; পরের বার চালু হলে আবার চেষ্টা করা হবে।</translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <source>Type the code on your card</source>
        <translation>আপনার কার্ডের কোডটি লিখুন</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>কোড নেই</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>This code is not right. Look at your card again.</source>
        <translation>এই কোডটি সঠিক নয়। আপনার কার্ডটি আবার দেখুন।</translation>
    </message>
</context>
<context>
    <name>ComplaintCard</name>
    <message>
        <source>Complaint line</source>
        <translation>অভিযোগের লাইন</translation>
    </message>
    <message>
        <source>This curriculum names no complaint line. Add one in curriculum.toml under [complaint_line].</source>
        <translation>এই পাঠ্যক্রমে কোনো অভিযোগের লাইন নেই। curriculum.toml ফাইলে [complaint_line] অংশে একটি যোগ করুন।</translation>
    </message>
</context>
<context>
    <name>ComplaintCardWindow</name>
    <message>
        <source>Complaint line</source>
        <translation>অভিযোগের লাইন</translation>
    </message>
</context>
<context>
    <name>CompletionScreen</name>
    <message>
        <source>Well done! You finished.</source>
        <translation>খুব ভালো! আপনি শেষ করেছেন।</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>আরেকটি পাঠ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>শেষ করুন</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>wsr-edu: presenter console</source>
        <translation>wsr-edu: সহায়কের কনসোল</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>সহায়কের কনসোল</translation>
    </message>
    <message>
        <source>Teaching language (L)</source>
        <translation>পাঠের ভাষা (L)</translation>
    </message>
    <message>
        <source>Black screen (B)</source>
        <translation>কালো পর্দা (B)</translation>
    </message>
    <message>
        <source>Complaint line (C)</source>
        <translation>অভিযোগের লাইন (C)</translation>
    </message>
    <message>
        <source>End session (Esc)</source>
        <translation>সেশন শেষ (Esc)</translation>
    </message>
    <message>
        <source>Attendance (A)</source>
        <translation>উপস্থিতি (A)</translation>
    </message>
    <message>
        <source>Play / pause narration (N)</source>
        <translation>বর্ণনা চালু / বিরতি (N)</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>স্লাইড</translation>
    </message>
    <message>
        <source>Slide list</source>
        <translation>স্লাইডের তালিকা</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>অবস্থান</translation>
    </message>
    <message>
        <source>The audience screen is black (B to show it again)</source>
        <translation>দর্শকদের পর্দা কালো (আবার দেখাতে B চাপুন)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>রেকর্ড</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>বর্তমান স্লাইড</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>কালো পর্দা</translation>
    </message>
    <message>
        <source>Narration state</source>
        <translation>বর্ণনার অবস্থা</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>ঘড়ি</translation>
    </message>
    <message>
        <source>Time since the session started</source>
        <translation>সেশন শুরুর পর থেকে সময়</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>পরের স্লাইড</translation>
    </message>
    <message>
        <source>Notes for you</source>
        <translation>আপনার জন্য নোট</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>সহায়কের নোট</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>কী বলবেন</translation>
    </message>
    <message>
        <source>Next slide when narration ends</source>
        <translation>বর্ণনা শেষ হলে পরের স্লাইড</translation>
    </message>
    <message>
        <source>The changed files have mistakes. The audience still sees the last good version.</source>
        <translation>পরিবর্তিত ফাইলগুলোতে ভুল আছে। দর্শকেরা এখনো শেষ ঠিক সংস্করণটি দেখছেন।</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>ঘরের পর্দা</translation>
    </message>
    <message>
        <source>Show the room&apos;s picture (S)</source>
        <translation>ঘরের ছবি দেখান (S)</translation>
    </message>
    <message>
        <source>Swap screens (S)</source>
        <translation>পর্দা অদলবদল করুন (S)</translation>
    </message>
    <message>
        <source>The projector shows the same picture as this screen, so your notes are hidden. To see notes, set the displays to Extend (see the displays guide).</source>
        <translation>প্রজেক্টর এই পর্দার মতো একই ছবি দেখাচ্ছে, তাই আপনার নোট লুকানো আছে। নোট দেখতে, পর্দাগুলো প্রসারিত (Extend) করুন (পর্দার নির্দেশিকা দেখুন)।</translation>
    </message>
    <message>
        <source>There is one screen, so your notes are hidden: the room may be looking at it.</source>
        <translation>একটিই পর্দা আছে, তাই আপনার নোট লুকানো: ঘরের লোকেরা হয়তো এটি দেখছেন।</translation>
    </message>
    <message>
        <source>Complaint line card</source>
        <translation>অভিযোগের লাইনের কার্ড</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>স্লাইড %1 / %2</translation>
    </message>
    <message>
        <source>To say (from the %1 text)</source>
        <translation>বলার জন্য (%1 লেখা থেকে)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>প্রশ্ন: %1</translation>
    </message>
    <message>
        <source>End: complaint line</source>
        <translation>শেষ: অভিযোগের লাইন</translation>
    </message>
    <message>
        <source>Not saved: %1. Teaching can go on; fix this before the next session.</source>
        <translation>সংরক্ষিত হয়নি: %1। পাঠ চলতে পারে; পরের সেশনের আগে এটি ঠিক করুন।</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>তালিকা লুকান</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>তালিকা দেখান</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>কেটেছে %1</translation>
    </message>
    <message>
        <source>%1 over the planned %2 min</source>
        <translation>পরিকল্পিত %2 মিনিটের চেয়ে %1 বেশি</translation>
    </message>
    <message>
        <source>%1 left of %2 min</source>
        <translation>%2 মিনিটের মধ্যে %1 বাকি</translation>
    </message>
    <message>
        <source>PRACTICE: nothing is recorded. The room&apos;s screen does not show this.</source>
        <translation>অনুশীলন: কিছুই রেকর্ড হচ্ছে না। ঘরের পর্দায় এটি দেখা যায় না।</translation>
    </message>
    <message>
        <source>Nobody is in the attendance yet: A to take it now. End the session anyway? Esc or Enter: end. Any other key: go on teaching.</source>
        <translation>উপস্থিতিতে এখনও কেউ নেই: এখনই নিতে A চাপুন। তবুও সেশন শেষ করবেন? Esc বা Enter: শেষ। অন্য যেকোনো কী: পড়ানো চালিয়ে যান।</translation>
    </message>
    <message>
        <source>End the session? Esc or Enter: end. Any other key: go on teaching.</source>
        <translation>সেশন শেষ করবেন? Esc বা Enter: শেষ। অন্য যেকোনো কী: পড়ানো চালিয়ে যান।</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <source>Excel workbook, every table (*.xlsx)</source>
        <translation>এক্সেল ওয়ার্কবুক, সব টেবিল (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report to sign and hand over (*.pdf)</source>
        <translation>সই করে জমা দেওয়ার পিডিএফ প্রতিবেদন (*.pdf)</translation>
    </message>
    <message>
        <source>CSV: sessions (*.csv)</source>
        <translation>CSV: সেশন (*.csv)</translation>
    </message>
    <message>
        <source>CSV: attendance (*.csv)</source>
        <translation>CSV: উপস্থিতি (*.csv)</translation>
    </message>
    <message>
        <source>CSV: answers per question (*.csv)</source>
        <translation>CSV: প্রশ্ন অনুযায়ী উত্তর (*.csv)</translation>
    </message>
    <message>
        <source>CSV: understanding by language and version (*.csv)</source>
        <translation>CSV: ভাষা ও সংস্করণ অনুযায়ী বোঝা (*.csv)</translation>
    </message>
    <message>
        <source>CSV: paid time per site and month (*.csv)</source>
        <translation>CSV: স্থান ও মাস অনুযায়ী বেতনভুক্ত সময় (*.csv)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>রপ্তানির অগ্রগতি</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>নাম দেখান</translation>
    </message>
    <message>
        <source>Only sessions where the organisation allowed names have any</source>
        <translation>শুধু যেসব সেশনে সংগঠন নাম রাখার অনুমতি দিয়েছে, সেগুলোতেই নাম আছে</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>রপ্তানি…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>থেকে</translation>
    </message>
    <message>
        <source>To</source>
        <translation>পর্যন্ত</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>মডিউল</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>সহায়ক</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>সেশন</translation>
    </message>
    <message>
        <source>worker contacts</source>
        <translation>শ্রমিকদের সাথে যোগাযোগ</translation>
    </message>
    <message>
        <source>distinct participants</source>
        <translation>আলাদা অংশগ্রহণকারী</translation>
    </message>
    <message>
        <source>hours taught</source>
        <translation>পাঠদানের ঘণ্টা</translation>
    </message>
    <message>
        <source>paid education hours</source>
        <translation>বেতনভুক্ত প্রশিক্ষণ ঘণ্টা</translation>
    </message>
    <message>
        <source>Share of correct answers per question (red: misunderstood)</source>
        <translation>প্রতি প্রশ্নে সঠিক উত্তরের অংশ (লাল: বোঝা যায়নি)</translation>
    </message>
    <message>
        <source>Correct answers by teaching language and curriculum version</source>
        <translation>শিক্ষাদানের ভাষা ও পাঠ্যক্রম সংস্করণ অনুযায়ী সঠিক উত্তর</translation>
    </message>
    <message>
        <source>Worker contacts per site</source>
        <translation>প্রতি স্থানে শ্রমিকদের সাথে যোগাযোগ</translation>
    </message>
    <message>
        <source>Anonymous feedback: share of each answer</source>
        <translation>নাম ছাড়া মতামত: প্রতিটি উত্তরের অংশ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>সব</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>রেকর্ড পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Only headcounts were kept, so people cannot be told apart</source>
        <translation>শুধু মাথা গোনা রাখা হয়েছে, তাই মানুষদের আলাদা করা যায় না</translation>
    </message>
    <message>
        <source>Paid worker hours (hours times the workers present): %1</source>
        <translation>শ্রমিকদের বেতনভুক্ত ঘণ্টা (ঘণ্টা × উপস্থিত শ্রমিক): %1</translation>
    </message>
    <message>
        <source>No quiz answers in these sessions.</source>
        <translation>এই সেশনগুলোতে কোনো প্রশ্নের উত্তর নেই।</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>কোনো সেশন নেই।</translation>
    </message>
    <message>
        <source>No feedback in this period.</source>
        <translation>এই সময়ে কোনো মতামত নেই।</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %1 of %n session(s); totals and charts cover them all.</source>
        <translation>
            <numerusform>%n টি সেশনের মধ্যে সাম্প্রতিক %1 টি দেখানো হচ্ছে; মোট হিসাব ও চার্টে সবগুলো আছে।</numerusform>
            <numerusform>%n টি সেশনের মধ্যে সাম্প্রতিক %1 টি দেখানো হচ্ছে; মোট হিসাব ও চার্টে সবগুলো আছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not ended yet.</source>
        <translation>
            <numerusform>%n টি সেশন এখনো শেষ হয়নি।</numerusform>
            <numerusform>%n টি সেশন এখনো শেষ হয়নি।</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sessions shown</source>
        <translation>দেখানো সেশনগুলো রপ্তানি করুন</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 এ রপ্তানি হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written</source>
        <translation>
            <numerusform>%1: %n টি সারি লেখা হয়েছে</numerusform>
            <numerusform>%1: %n টি সারি লেখা হয়েছে</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Teaching &amp;language:</source>
        <translation>পাঠের ভাষা (&amp;L):</translation>
    </message>
    <message>
        <source>Teaching language</source>
        <translation>পাঠের ভাষা</translation>
    </message>
    <message>
        <source>Complaint line</source>
        <translation>অভিযোগের লাইন</translation>
    </message>
    <message>
        <source>Complaint line number</source>
        <translation>অভিযোগের লাইনের নম্বর</translation>
    </message>
    <message>
        <source>Show the complaint &amp;card</source>
        <translation>অভিযোগের কার্ড দেখান (&amp;C)</translation>
    </message>
    <message>
        <source>Show the complaint line card</source>
        <translation>অভিযোগের লাইনের কার্ড দেখান</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>মডিউল</translation>
    </message>
    <message>
        <source>Record &amp;narration...</source>
        <translation>বর্ণনা রেকর্ড করুন (&amp;N)...</translation>
    </message>
    <message>
        <source>Record the narration in your own voice</source>
        <translation>নিজের কণ্ঠে বর্ণনা রেকর্ড করুন</translation>
    </message>
    <message>
        <source>&amp;Present this module (F5)</source>
        <translation>এই মডিউল দেখান (&amp;P) (F5)</translation>
    </message>
    <message>
        <source>Present the selected module</source>
        <translation>বেছে নেওয়া মডিউলটি দেখান</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) from the checker (run &apos;wsr-edu validate&apos; to read them)</source>
        <translation>
            <numerusform>যাচাইকারীর %n টি সতর্কবার্তা (পড়তে &apos;wsr-edu validate&apos; চালান)</numerusform>
            <numerusform>যাচাইকারীর %n টি সতর্কবার্তা (পড়তে &apos;wsr-edu validate&apos; চালান)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n mistake(s) in modules</source>
        <translation>
            <numerusform>মডিউলের %nটি ভুল লুকান</numerusform>
            <numerusform>মডিউলের %nটি ভুল লুকান</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n mistake(s) in modules</source>
        <translation>
            <numerusform>মডিউলের %nটি ভুল দেখান</numerusform>
            <numerusform>মডিউলের %nটি ভুল দেখান</numerusform>
        </translation>
    </message>
    <message>
        <source>This module has mistakes to fix first (listed above).</source>
        <translation>এই মডিউলে আগে ঠিক করার মতো ভুল আছে (উপরের তালিকায়)।</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>সংস্করণ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n টি মডিউল</numerusform>
            <numerusform>%n টি মডিউল</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min in all</source>
        <translation>
            <numerusform>মোট %n মিনিট</numerusform>
            <numerusform>মোট %n মিনিট</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>Each line names the file and the line number in it. Open the file in a text editor, fix the line, save, and press Check again.</source>
        <translation>প্রতিটি লাইনে ফাইলের নাম ও তার লাইন নম্বর আছে। একটি টেক্সট এডিটরে ফাইলটি খুলুন, লাইনটি ঠিক করুন, সংরক্ষণ করুন, তারপর আবার যাচাই চাপুন।</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>ফোল্ডার খুলুন (&amp;F)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>আবার যাচাই (&amp;A)</translation>
    </message>
    <message>
        <source>This curriculum cannot be taught until these mistakes are fixed</source>
        <translation>এই ভুলগুলো ঠিক না করা পর্যন্ত এই পাঠ্যক্রম পড়ানো যাবে না</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s) to fix before this curriculum can be taught</source>
        <translation>
            <numerusform>এই পাঠ্যক্রম পড়ানোর আগে %n টি ভুল ঠিক করতে হবে</numerusform>
            <numerusform>এই পাঠ্যক্রম পড়ানোর আগে %n টি ভুল ঠিক করতে হবে</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>ফোল্ডার: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackCounts</name>
    <message>
        <source>Hands for %1: %2</source>
        <translation>%1-এর জন্য হাত: %2</translation>
    </message>
    <message>
        <source>Feedback by show of hands</source>
        <translation>হাত তুলে মতামত</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>সবাইকে দেখান</translation>
    </message>
    <message>
        <source>Ask each question aloud and show its pictures; type how many hands go up for each answer. Only the numbers are kept.</source>
        <translation>প্রতিটি প্রশ্ন জোরে পড়ুন এবং তার ছবিগুলো দেখান; প্রতিটি উত্তরের জন্য কতগুলো হাত ওঠে তা লিখুন। শুধু সংখ্যাগুলো রাখা হয়।</translation>
    </message>
</context>
<context>
    <name>FeedbackRoomWindow</name>
    <message>
        <source>Feedback for the room</source>
        <translation>সবার জন্য মতামত</translation>
    </message>
    <message>
        <source>Esc: back to the counts. Right and Left: the other questions.</source>
        <translation>Esc: গণনায় ফিরে যান। ডান ও বাম: অন্য প্রশ্নগুলো।</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Your opinion. Nobody will know what you answer.</source>
        <translation>আপনার মতামত। কেউ জানবে না আপনি কী উত্তর দিয়েছেন।</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>আবার শুনুন</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageBox</name>
    <message>
        <source>Computer&apos;s language</source>
        <translation>কম্পিউটারের ভাষা</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ইন্টারফেসের ভাষা</translation>
    </message>
    <message>
        <source>Language of the buttons and menus (not of the lessons)</source>
        <translation>বোতাম ও মেনুর ভাষা (পাঠের ভাষা নয়)</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>wsr-edu kiosk</source>
        <translation>wsr-edu কিয়স্ক</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <source>Lessons</source>
        <translation>পাঠসমূহ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>পেছনে</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>আবার শুনুন</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>পরবর্তী</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>wsr-edu: library</source>
        <translation>wsr-edu: লাইব্রেরি</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>লাইব্রেরি</translation>
    </message>
    <message>
        <source>Facilitator&apos;s library</source>
        <translation>সহায়কের লাইব্রেরি</translation>
    </message>
    <message>
        <source>&amp;Open a curriculum folder…</source>
        <translation>পাঠ্যক্রমের ফোল্ডার খুলুন (&amp;O)…</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>পাঠ্যক্রম</translation>
    </message>
    <message>
        <source>Looking for curricula…</source>
        <translation>পাঠ্যক্রম খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <source>No curriculum was found. Open a curriculum folder (a folder with a curriculum.toml file) to start.</source>
        <translation>কোনো পাঠ্যক্রম পাওয়া যায়নি। শুরু করতে একটি পাঠ্যক্রমের ফোল্ডার খুলুন (যে ফোল্ডারে curriculum.toml ফাইল আছে)।</translation>
    </message>
    <message>
        <source>wsr-edu: records and reports</source>
        <translation>wsr-edu: রেকর্ড ও প্রতিবেদন</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>সংস্করণ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s) to fix</source>
        <translation>
            <numerusform>%n টি ভুল ঠিক করতে হবে</numerusform>
            <numerusform>%n টি ভুল ঠিক করতে হবে</numerusform>
        </translation>
    </message>
    <message>
        <source>The curricula could not be read: %1</source>
        <translation>পাঠ্যক্রমগুলো পড়া যায়নি: %1</translation>
    </message>
    <message>
        <source>Open a curriculum folder</source>
        <translation>পাঠ্যক্রমের ফোল্ডার খুলুন</translation>
    </message>
    <message>
        <source>There is no curriculum in %1. Choose the folder that holds curriculum.toml.</source>
        <translation>%1 এ কোনো পাঠ্যক্রম নেই। যে ফোল্ডারে curriculum.toml আছে সেটি বেছে নিন।</translation>
    </message>
    <message>
        <source>The records cannot be used: %1. You can still teach; nothing is recorded.</source>
        <translation>রেকর্ড ব্যবহার করা যাচ্ছে না: %1। আপনি তবুও পড়াতে পারেন; কিছুই রেকর্ড হবে না।</translation>
    </message>
    <message>
        <source>The records were restored: %1</source>
        <translation>রেকর্ড ফিরিয়ে আনা হয়েছে: %1</translation>
    </message>
    <message>
        <source>Open a curriculum pac&amp;k…</source>
        <translation>পাঠ্যক্রমের প্যাক খুলুন (&amp;K)…</translation>
    </message>
    <message>
        <source>Recor&amp;ds and reports…</source>
        <translation>রেকর্ড ও প্রতিবেদন (&amp;D)…</translation>
    </message>
    <message>
        <source>Pr&amp;int for workers</source>
        <translation>শ্রমিকদের জন্য প্রিন্ট (&amp;I)</translation>
    </message>
    <message>
        <source>Open a curriculum pack</source>
        <translation>পাঠ্যক্রমের প্যাক খুলুন</translation>
    </message>
    <message>
        <source>Curriculum packs (*.wsrpack)</source>
        <translation>পাঠ্যক্রমের প্যাক (*.wsrpack)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>The pack was not installed: %1</source>
        <translation>প্যাকটি ইনস্টল করা হয়নি: %1</translation>
    </message>
    <message>
        <source>This computer presents signed curricula only; this one is not (%1). Install it from its organisation&apos;s pack.</source>
        <translation>এই কম্পিউটার শুধু স্বাক্ষরিত পাঠ্যক্রম দেখায়; এটি স্বাক্ষরিত নয় (%1)। এর সংগঠনের প্যাক থেকে এটি ইনস্টল করুন।</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>এখনও যাচাই করা হয়নি</translation>
    </message>
    <message>
        <source>signed by %1 - version %2 - fingerprint %3</source>
        <translation>%1 দ্বারা স্বাক্ষরিত - সংস্করণ %2 - ফিঙ্গারপ্রিন্ট %3</translation>
    </message>
    <message>
        <source>an unnamed organisation</source>
        <translation>নামহীন একটি সংগঠন</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>স্বাক্ষরিত নয়</translation>
    </message>
    <message>
        <source>not signed: nothing shows these files come from your organisation. Ask it for a signed curriculum pack.</source>
        <translation>স্বাক্ষরিত নয়: এই ফাইলগুলো যে আপনার সংগঠনের, তা দেখানোর কিছু নেই। তাদের কাছে একটি স্বাক্ষরিত পাঠ্যক্রমের প্যাক চান।</translation>
    </message>
    <message>
        <source>signature not valid: %1</source>
        <translation>স্বাক্ষর বৈধ নয়: %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>%1 দ্বারা স্বাক্ষরিত</translation>
    </message>
    <message>
        <source>signature not valid</source>
        <translation>স্বাক্ষর বৈধ নয়</translation>
    </message>
    <message>
        <source>Version %2 of %1 is already installed (signed by %3).</source>
        <translation>%1-এর সংস্করণ %2 আগে থেকেই ইনস্টল করা আছে (%3 দ্বারা স্বাক্ষরিত)।</translation>
    </message>
    <message>
        <source>%1 version %2 was installed again from its signed pack (signed by %3).</source>
        <translation>%1 সংস্করণ %2 এর স্বাক্ষরিত প্যাক থেকে আবার ইনস্টল হয়েছে (%3 দ্বারা স্বাক্ষরিত)।</translation>
    </message>
    <message>
        <source>%1 was upgraded from version %4 to %2 (signed by %3).</source>
        <translation>%1 সংস্করণ %4 থেকে সংস্করণ %2-এ হালনাগাদ হয়েছে (%3 দ্বারা স্বাক্ষরিত)।</translation>
    </message>
    <message>
        <source>%1 version %2 was installed (signed by %3).</source>
        <translation>%1 সংস্করণ %2 ইনস্টল হয়েছে (%3 দ্বারা স্বাক্ষরিত)।</translation>
    </message>
</context>
<context>
    <name>ModuleItem</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n মিনিট</numerusform>
            <numerusform>%n মিনিট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n টি স্লাইড</numerusform>
            <numerusform>%n টি স্লাইড</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n টি প্রশ্ন</numerusform>
            <numerusform>%n টি প্রশ্ন</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModulesScreen</name>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>My code</source>
        <translation>আমার কোড</translation>
    </message>
</context>
<context>
    <name>NarrationControl</name>
    <message>
        <source>Narration paused (N to go on)</source>
        <translation>বর্ণনা থেমে আছে (চালাতে N)</translation>
    </message>
    <message>
        <source>Narration playing (N to pause)</source>
        <translation>বর্ণনা চলছে (থামাতে N)</translation>
    </message>
    <message>
        <source>No narration: %1</source>
        <translation>বর্ণনা নেই: %1</translation>
    </message>
    <message>
        <source>No sound: %1</source>
        <translation>শব্দ নেই: %1</translation>
    </message>
    <message>
        <source>Narration cannot play: %1</source>
        <translation>বর্ণনা চালানো যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>Explanation playing, recording (N to pause)</source>
        <translation>ব্যাখ্যা চলছে, রেকর্ডিং (থামাতে N)</translation>
    </message>
    <message>
        <source>Explanation playing, generated voice (N to pause)</source>
        <translation>ব্যাখ্যা চলছে, কৃত্রিম কণ্ঠ (থামাতে N)</translation>
    </message>
    <message>
        <source>Narration playing, recording (N to pause)</source>
        <translation>বর্ণনা চলছে, রেকর্ডিং (থামাতে N)</translation>
    </message>
    <message>
        <source>Narration playing, generated voice (N to pause)</source>
        <translation>বর্ণনা চলছে, কৃত্রিম কণ্ঠ (থামাতে N)</translation>
    </message>
    <message>
        <source>Explanation ready (N to play)</source>
        <translation>ব্যাখ্যা প্রস্তুত (চালাতে N)</translation>
    </message>
    <message>
        <source>Recording ready (N to play)</source>
        <translation>রেকর্ডিং প্রস্তুত (চালাতে N)</translation>
    </message>
    <message>
        <source>Generated voice ready (N to play)</source>
        <translation>কৃত্রিম কণ্ঠ প্রস্তুত (চালাতে N)</translation>
    </message>
    <message>
        <source>Narration finished</source>
        <translation>বর্ণনা শেষ</translation>
    </message>
</context>
<context>
    <name>PictureCodeScreen</name>
    <message>
        <source>Touch the 3 pictures on your card</source>
        <translation>আপনার কার্ডের ৩টি ছবি চাপুন</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ফিরিয়ে নিন</translation>
    </message>
    <message>
        <source>Type the letters</source>
        <translation>অক্ষরগুলো লিখুন</translation>
    </message>
    <message>
        <source>These pictures are not right. Look at your card and try again.</source>
        <translation>এই ছবিগুলো ঠিক নয়। আপনার কার্ডটি দেখে আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Administrator PIN</source>
        <translation>প্রশাসকের পিন</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(ies) left.</source>
        <translation>
            <numerusform>ভুল পিন। আর %n বার চেষ্টা করা যাবে।</numerusform>
            <numerusform>ভুল পিন। আর %n বার চেষ্টা করা যাবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>অনেকবার ভুল পিন। %n সেকেন্ড পরে আবার চেষ্টা করুন।</numerusform>
            <numerusform>অনেকবার ভুল পিন। %n সেকেন্ড পরে আবার চেষ্টা করুন।</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: the disk is full</source>
        <translation>পিন: ডিস্ক ভর্তি</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>Complaint-line wallet cards…</source>
        <translation>অভিযোগ লাইনের ওয়ালেট কার্ড…</translation>
    </message>
    <message>
        <source>Take-home handout of this module…</source>
        <translation>এই মডিউলের বাড়িতে নেওয়ার হ্যান্ডআউট…</translation>
    </message>
    <message>
        <source>Save the PDF to print</source>
        <translation>প্রিন্টের জন্য পিডিএফ সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Saved %1: ready to print.</source>
        <translation>%1 সংরক্ষিত: প্রিন্টের জন্য প্রস্তুত।</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>পিডিএফ সংরক্ষণ হয়নি: %1</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems found</source>
        <translation>পাওয়া সমস্যা</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>ভুল</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>সতর্কতা</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>যেভাবে ঠিক করবেন: %1</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Skip</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>আমার উত্তর যাচাই করুন</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>সঠিক!</translation>
    </message>
    <message>
        <source>Not quite. The right answer has a check mark.</source>
        <translation>পুরোপুরি নয়। সঠিক উত্তরে টিক চিহ্ন দেওয়া আছে।</translation>
    </message>
    <message>
        <source>Take this out</source>
        <translation>এটি সরান</translation>
    </message>
    <message>
        <source>Choose this</source>
        <translation>এটি বেছে নিন</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Show of hands</source>
        <translation>হাত তুলে ভোট</translation>
    </message>
    <message>
        <source>Count summary</source>
        <translation>গণনার সারাংশ</translation>
    </message>
    <message>
        <source>Next question: slide %1</source>
        <translation>পরের প্রশ্ন: স্লাইড %1</translation>
    </message>
    <message>
        <source>Last question: slide %1</source>
        <translation>শেষ প্রশ্ন: স্লাইড %1</translation>
    </message>
    <message>
        <source>Hide answer (R)</source>
        <translation>উত্তর লুকান (R)</translation>
    </message>
    <message>
        <source>Reveal answer (R)</source>
        <translation>উত্তর দেখান (R)</translation>
    </message>
    <message>
        <source>Hide the answer</source>
        <translation>উত্তরটি লুকান</translation>
    </message>
    <message>
        <source>Reveal the answer</source>
        <translation>উত্তরটি দেখান</translation>
    </message>
    <message>
        <source>Hands are counted when it is up</source>
        <translation>প্রশ্নটি পর্দায় এলে হাত গোনা হবে</translation>
    </message>
    <message>
        <source>No hands counted yet</source>
        <translation>এখনো কোনো হাত গোনা হয়নি</translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s) in all, %1% on right answers</source>
        <translation>
            <numerusform>মোট %n টি হাত, সঠিক উত্তরে %1%</numerusform>
            <numerusform>মোট %n টি হাত, সঠিক উত্তরে %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Hands for choice %1: %2</source>
        <translation>বিকল্প %1 এর হাত: %2</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Right answer</source>
        <translation>সঠিক উত্তর</translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation>
            <numerusform>%n টি হাত</numerusform>
            <numerusform>%n টি হাত</numerusform>
        </translation>
    </message>
    <message>
        <source>blue circle</source>
        <translation>নীল বৃত্ত</translation>
    </message>
    <message>
        <source>orange triangle</source>
        <translation>কমলা ত্রিভুজ</translation>
    </message>
    <message>
        <source>green square</source>
        <translation>সবুজ বর্গ</translation>
    </message>
    <message>
        <source>purple diamond</source>
        <translation>বেগুনি রম্বস</translation>
    </message>
    <message>
        <source>sky-blue hexagon</source>
        <translation>আকাশি ষড়ভুজ</translation>
    </message>
    <message>
        <source>red star</source>
        <translation>লাল তারা</translation>
    </message>
</context>
<context>
    <name>RecorderWindow</name>
    <message>
        <source>wsr-edu: record narration</source>
        <translation>wsr-edu: বর্ণনা রেকর্ড</translation>
    </message>
    <message>
        <source>Record narration in your own voice</source>
        <translation>নিজের কণ্ঠে বর্ণনা রেকর্ড করুন</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>যে ভাষায় বলা হচ্ছে</translation>
    </message>
    <message>
        <source>Parts to record</source>
        <translation>রেকর্ড করার অংশ</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>কী বলবেন</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>মাইক্রোফোনের মাত্রা</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept; press Space to record again.</source>
        <translation>থামানো হয়েছে। কিছুই রাখা হয়নি; আবার রেকর্ড করতে স্পেস চাপুন।</translation>
    </message>
    <message>
        <source>This take is not kept yet. Press Enter to keep it, or Esc again to close without it.</source>
        <translation>এই রেকর্ডিং এখনও রাখা হয়নি। রাখতে এন্টার চাপুন, অথবা এটি ছাড়া বন্ধ করতে আবার Esc চাপুন।</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>থামুন (স্পেস)</translation>
    </message>
    <message>
        <source>Record (Space)</source>
        <translation>রেকর্ড (স্পেস)</translation>
    </message>
    <message>
        <source>Listen (P)</source>
        <translation>শুনুন (P)</translation>
    </message>
    <message>
        <source>Keep it (Enter)</source>
        <translation>রেখে দিন (এন্টার)</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>কিয়স্ক</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>রেকর্ড করা</translation>
    </message>
    <message>
        <source>generated voice</source>
        <translation>যন্ত্রের কণ্ঠ</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>এখনও কিছু নেই</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>বিকল্প %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>স্বাগত</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>The kiosk&apos;s welcome in %1</source>
        <translation>%1 ভাষায় কিয়স্কের স্বাগত বার্তা</translation>
    </message>
    <message>
        <source>Say, in %1: &quot;For %1, touch here.&quot; A worker hears it when they touch this language&apos;s button at the kiosk.</source>
        <translation>%1 ভাষায় বলুন: &quot;%1-এর জন্য, এখানে চাপুন।&quot; কিয়স্কে এই ভাষার বোতাম চাপলে একজন কর্মী এটি শুনতে পান।</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, said on its kiosk tile</source>
        <translation>পাঠের শিরোনাম, কিয়স্কে এর টাইলে বলা হয়</translation>
    </message>
    <message>
        <source>%1: choice %2</source>
        <translation>%1: বিকল্প %2</translation>
    </message>
    <message>
        <source>%1: the explanation after the answer</source>
        <translation>%1: উত্তরের পরের ব্যাখ্যা</translation>
    </message>
    <message>
        <source>%1 (say it in %2, from the %3 text)</source>
        <translation>%1 (%3 লেখা থেকে %2 ভাষায় বলুন)</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>রেকর্ড করা যাচ্ছে না: %1</translation>
    </message>
    <message>
        <source>Recording. Say the words, then press Space.</source>
        <translation>রেকর্ড হচ্ছে। কথাগুলো বলুন, তারপর স্পেস চাপুন।</translation>
    </message>
    <message>
        <source>Nothing was heard. Speak closer to the microphone, or check that it is not muted, and record again.</source>
        <translation>কিছু শোনা যায়নি। মাইক্রোফোনের কাছে গিয়ে বলুন, অথবা দেখুন এটি বন্ধ করা নেই তো, তারপর আবার রেকর্ড করুন।</translation>
    </message>
    <message>
        <source>Heard %1 seconds. Listen to it, keep it, or record again.</source>
        <translation>%1 সেকেন্ড শোনা গেছে। শুনুন, রেখে দিন, অথবা আবার রেকর্ড করুন।</translation>
    </message>
    <message>
        <source>Kept. It replaces the generated voice at once.</source>
        <translation>রাখা হয়েছে। এটি এখনই যন্ত্রের কণ্ঠের জায়গা নেয়।</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>রাখা হয়নি: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The records need a backup</source>
        <translation>রেকর্ডের জন্য একটি ব্যাকআপ দরকার</translation>
    </message>
    <message>
        <source>The records file %1 %2. Nothing is recorded until it is restored.</source>
        <translation>রেকর্ড ফাইল %1 %2। এটি ফিরিয়ে না আনা পর্যন্ত কিছুই রেকর্ড হবে না।</translation>
    </message>
    <message>
        <source>Restore the newest good backup?
%1</source>
        <translation>সবচেয়ে নতুন ভালো ব্যাকআপটি ফিরিয়ে আনবেন?
%1</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it, so nothing is thrown away.</source>
        <translation>ক্ষতিগ্রস্ত ফাইলটি পাশে রাখা হয়েছে, তাই কিছুই হারায় না।</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>এখন না</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>ব্যাকআপ ফিরিয়ে আনুন</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Unfinished session</source>
        <translation>অসমাপ্ত সেশন</translation>
    </message>
    <message>
        <source>&amp;Resume it</source>
        <translation>আবার শুরু করুন (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;End it now</source>
        <translation>এখনই শেষ করুন (&amp;E)</translation>
    </message>
    <message>
        <source>A session was not ended (the app closed while it was running): %1 at %2, started %3. Nothing recorded in it was lost.</source>
        <translation>একটি সেশন শেষ হয়নি (সেশন চলার সময় অ্যাপটি বন্ধ হয়ে গিয়েছিল): %2 এ %1, শুরু %3। এতে যা রেকর্ড হয়েছিল তার কিছুই হারায়নি।</translation>
    </message>
</context>
<context>
    <name>SessionDesk</name>
    <message>
        <source>Attendance</source>
        <translation>উপস্থিতি</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Names</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ঘণ্টা</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>দল</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>সহায়ক</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>মডিউল</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>সংস্করণ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>গোপনীয়তা</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>বেতনভুক্ত</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>মাথা গোনা</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>কোড</translation>
    </message>
    <message>
        <source>names</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>open</source>
        <translation>চলমান</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>হ্যাঁ</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>End of module</source>
        <translation>মডিউল শেষ</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>কালো পর্দা</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start a session</source>
        <translation>সেশন শুরু করুন</translation>
    </message>
    <message>
        <source>Farm, factory or field</source>
        <translation>খামার, কারখানা বা মাঠ</translation>
    </message>
    <message>
        <source>Crew, shift or line (optional)</source>
        <translation>দল, শিফট বা লাইন (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Headcount only (recommended)</source>
        <translation>শুধু মাথা গোনা (প্রস্তাবিত)</translation>
    </message>
    <message>
        <source>Pseudonymous codes on cards</source>
        <translation>কার্ডে ছদ্মনাম কোড</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Held on paid time (workers are paid as for work)</source>
        <translation>বেতনভুক্ত সময়ে (শ্রমিকরা কাজের মতোই বেতন পান)</translation>
    </message>
    <message>
        <source>Keep as little as the programme needs: a headcount protects workers best. Codes tell people apart without names.</source>
        <translation>প্রোগ্রামের যতটুকু দরকার ততটুকুই রাখুন: মাথা গোনা শ্রমিকদের সবচেয়ে ভালো সুরক্ষা দেয়। কোড দিয়ে নাম ছাড়াই মানুষদের আলাদা করা যায়।</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>স্থান</translation>
    </message>
    <message>
        <source>Group or crew</source>
        <translation>দল বা গ্রুপ</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>সহায়ক</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>মডিউল</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>উপস্থিতি</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>ঘরের পর্দা</translation>
    </message>
    <message>
        <source>The projector (not this computer&apos;s own screen)</source>
        <translation>প্রজেক্টর (এই কম্পিউটারের নিজের পর্দা নয়)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>Practise (nothing recorded)</source>
        <translation>অনুশীলন (কিছু রেকর্ড হবে না)</translation>
    </message>
    <message>
        <source>This curriculum has no module to teach.</source>
        <translation>এই পাঠ্যক্রমে শেখানোর মতো কোনো মডিউল নেই।</translation>
    </message>
    <message>
        <source>To start, type the site: the farm, factory or field.</source>
        <translation>শুরু করতে, স্থানটি লিখুন: খামার, কারখানা বা মাঠ।</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <source>Are you still there?</source>
        <translation>আপনি কি এখনো আছেন?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>আমি এখনো আছি</translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>Session ended</source>
        <translation>সেশন শেষ হয়েছে</translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation>সেশন শেষ হয়েছে: %1</translation>
    </message>
    <message>
        <source>Taught %1 min of the %2 planned.</source>
        <translation>পরিকল্পিত %2 মিনিটের মধ্যে %1 মিনিট পড়ানো হয়েছে।</translation>
    </message>
    <message>
        <source>Taught %1 min.</source>
        <translation>%1 মিনিট পড়ানো হয়েছে।</translation>
    </message>
    <message>
        <source>People at the session</source>
        <translation>সেশনে উপস্থিত মানুষ</translation>
    </message>
    <message numerus="yes">
        <source>At least %n: the most hands raised for one question.</source>
        <translation>
            <numerusform>অন্তত %n জন: একটি প্রশ্নে সবচেয়ে বেশি হাত উঠেছে।</numerusform>
            <numerusform>অন্তত %n জন: একটি প্রশ্নে সবচেয়ে বেশি হাত উঠেছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice: nothing was recorded.</source>
        <translation>অনুশীলন: কিছুই রেকর্ড হয়নি।</translation>
    </message>
    <message>
        <source>Attendance: reading the records…</source>
        <translation>উপস্থিতি: রেকর্ড পড়া হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n person(s) counted.</source>
        <translation>
            <numerusform>উপস্থিতি: %n জন গোনা হয়েছে।</numerusform>
            <numerusform>উপস্থিতি: %n জন গোনা হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n person(s) marked.</source>
        <translation>
            <numerusform>উপস্থিতি: %n জন চিহ্নিত।</numerusform>
            <numerusform>উপস্থিতি: %n জন চিহ্নিত।</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>প্রশ্ন</translation>
    </message>
    <message>
        <source>This module has no questions.</source>
        <translation>এই মডিউলে কোনো প্রশ্ন নেই।</translation>
    </message>
    <message>
        <source>no hands counted</source>
        <translation>কোনো হাত গোনা হয়নি</translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s), %1% right</source>
        <translation>
            <numerusform>%n টি হাত, %1% সঠিক</numerusform>
            <numerusform>%n টি হাত, %1% সঠিক</numerusform>
        </translation>
    </message>
    <message>
        <source>Slide %1, %2: %3</source>
        <translation>স্লাইড %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>Smaller text</source>
        <translation>ছোট লেখা</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>বড় লেখা</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>ছোট লেখা (Ctrl+−)</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl++)</source>
        <translation>বড় লেখা (Ctrl++)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>লেখার আকার</translation>
    </message>
    <message>
        <source>Text %1%</source>
        <translation>লেখা %1%</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>আপনার ভাষা বেছে নিন</translation>
    </message>
    <message>
        <source>Touch your language</source>
        <translation>আপনার ভাষাটি ছুঁয়ে দিন</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>আবার শুনুন</translation>
    </message>
</context>
</TS>
