<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="35"/>
        <source>About CRM Desktop</source>
        <translation>عن CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="47"/>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="60"/>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="67"/>
        <source>Free software under the GNU General Public License, version 3 or later (&lt;a href=&quot;{url}&quot;&gt;{licence}&lt;/a&gt;). It comes with no warranty.</source>
        <translation>برنامج حر بموجب رخصة جنو العمومية، الإصدار 3 أو أحدث (&lt;a href=&quot;{url}&quot;&gt;{licence}&lt;/a&gt;). يأتي دون أي ضمان.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="74"/>
        <source>Built with Qt {qt} (PySide6 {pyside}), under the LGPL.</source>
        <translation>بُني باستخدام Qt {qt} ‏(PySide6 {pyside})، بموجب رخصة LGPL.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="80"/>
        <source>Data file:</source>
        <translation>ملف البيانات:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="81"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="82"/>
        <source>Log files:</source>
        <translation>ملفات السجل:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="117"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="118"/>
        <source>Not recorded</source>
        <translation>غير مسجَّلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="121"/>
        <source>What came of it: ordered, call back, not interested…</source>
        <translation>ما النتيجة: طلب، معاودة الاتصال، غير مهتم…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="124"/>
        <source>What was said or agreed</source>
        <translation>ما قيل أو اتُّفق عليه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="127"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="128"/>
        <source>Who called</source>
        <translation>من بادر بالتواصل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="129"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="130"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="131"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="132"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="133"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="151"/>
        <source>Log a call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="152"/>
        <source>Log a meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="153"/>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="154"/>
        <source>Log an email</source>
        <translation>تسجيل بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="155"/>
        <source>Log a visit</source>
        <translation>تسجيل زيارة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="156"/>
        <source>Log an SMS</source>
        <translation>تسجيل رسالة نصية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="159"/>
        <source>Edit activity</source>
        <translation>تعديل النشاط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="159"/>
        <source>Log</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../src/crm_desktop/ui/session.py" line="64"/>
        <source>Something went wrong: {0}</source>
        <translation>حدث خطأ ما: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="162"/>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="163"/>
        <source>Published (suggested for cases and shown to everyone)</source>
        <translation>منشورة (تُقترح للتذاكر ويراها الجميع)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="168"/>
        <source>Write the article. Markdown works: # Heading, **bold**, - lists.</source>
        <translation>اكتب المقالة. يمكنك استخدام Markdown: # عنوان، **غامق**، - قوائم.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="175"/>
        <source>Write</source>
        <translation>كتابة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="176"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="185"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="186"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="187"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="192"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="196"/>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="233"/>
        <source>New article</source>
        <translation>مقالة جديدة</translation>
    </message>
</context>
<context>
    <name>ArticlesList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="58"/>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="64"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقالة</numerusform>
            <numerusform>مقالة واحدة</numerusform>
            <numerusform>مقالتان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالة</numerusform>
            <numerusform>%Ln مقالة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="68"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="69"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="72"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="73"/>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="90"/>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="73"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="78"/>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="89"/>
        <source>Published and drafts</source>
        <translation>المنشورة والمسودات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="91"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="159"/>
        <source>Nothing to show yet.</source>
        <translation>لا شيء لعرضه بعد.</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="52"/>
        <source>A PNG or JPEG file for report headers</source>
        <translation>ملف PNG أو JPEG لترويسة التقارير</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="62"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="63"/>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجري (أم القرى)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="64"/>
        <source>Persian (Jalali)</source>
        <translation>هجري شمسي (جلالي)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="72"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="73"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="74"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="75"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="79"/>
        <source> h</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="84"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="84"/>
        <source>Value in main currency</source>
        <translation>القيمة بالعملة الأساسية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="86"/>
        <source>Add a currency</source>
        <translation>إضافة عملة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="92"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="95"/>
        <source>Business name</source>
        <translation>اسم النشاط التجاري</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="96"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="97"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="98"/>
        <source>Main currency</source>
        <translation>العملة الأساسية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="99"/>
        <source>Country for phone numbers</source>
        <translation>الدولة لأرقام الهواتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="100"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="101"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="102"/>
        <source>Time to resolve a case</source>
        <translation>مهلة حل التذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="108"/>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="109"/>
        <source>Quote terms</source>
        <translation>شروط عرض السعر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="110"/>
        <source>Quotes valid for</source>
        <translation>مدة صلاحية عروض الأسعار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="114"/>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="177"/>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="322"/>
        <source>Choose a case in the queue to work on it here.</source>
        <translation>اختر تذكرة من قائمة الانتظار للعمل عليها هنا.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="353"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="354"/>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="355"/>
        <source>Resolved…</source>
        <translation>محلولة…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="356"/>
        <source>Closed…</source>
        <translation>مغلقة…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="357"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="369"/>
        <source>Escalate…</source>
        <translation>تصعيد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="372"/>
        <source>Add note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="375"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="379"/>
        <source>Assigned to</source>
        <translation>مُسنَدة إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="399"/>
        <source>Case</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="400"/>
        <source>Suggested articles</source>
        <translation>مقالات مقترحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="401"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="404"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="405"/>
        <source>SLA</source>
        <translation>مهلة الخدمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="406"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="407"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="408"/>
        <source>Escalation</source>
        <translation>التصعيد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="462"/>
        <source>{status} · {priority} priority</source>
        <translation>{status} · أولوية {priority}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="474"/>
        <source>Nobody linked</source>
        <translation>لا أحد مرتبط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="476"/>
        <source>Came in by {0}</source>
        <translation>وردت عبر {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="477"/>
        <source>opened {0}</source>
        <translation>فُتحت {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="480"/>
        <source>Product: {0}</source>
        <translation>المنتج: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="489"/>
        <source>No description</source>
        <translation>لا يوجد وصف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="490"/>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="514"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="541"/>
        <source>No article matches this case.</source>
        <translation>لا توجد مقالة تناسب هذه التذكرة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="544"/>
        <source>Suggested articles (%n)</source>
        <translation>
            <numerusform>مقالات مقترحة (%Ln)</numerusform>
            <numerusform>مقالات مقترحة (%Ln)</numerusform>
            <numerusform>مقالات مقترحة (%Ln)</numerusform>
            <numerusform>مقالات مقترحة (%Ln)</numerusform>
            <numerusform>مقالات مقترحة (%Ln)</numerusform>
            <numerusform>مقالات مقترحة (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="567"/>
        <source>Activity (%n)</source>
        <translation>
            <numerusform>النشاط (%Ln)</numerusform>
            <numerusform>النشاط (%Ln)</numerusform>
            <numerusform>النشاط (%Ln)</numerusform>
            <numerusform>النشاط (%Ln)</numerusform>
            <numerusform>النشاط (%Ln)</numerusform>
            <numerusform>النشاط (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="618"/>
        <source>Resolve case</source>
        <translation>حل التذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="618"/>
        <source>Close case</source>
        <translation>إغلاق التذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="619"/>
        <source>How was “{0}” resolved? The customer may be told this.</source>
        <translation>كيف حُلَّت «{0}»؟ قد يُبلَّغ العميل بذلك.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="637"/>
        <source>Escalate case</source>
        <translation>تصعيد التذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="638"/>
        <source>Why does “{0}” need escalating? The reason is kept with the case.</source>
        <translation>لماذا تحتاج «{0}» إلى التصعيد؟ يُحفظ السبب مع التذكرة.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="648"/>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="648"/>
        <source>Note on “{0}”:</source>
        <translation>ملاحظة على «{0}»:</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="75"/>
        <source>New case</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="75"/>
        <source>Edit case</source>
        <translation>تعديل التذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="85"/>
        <source>What the customer reported, in their words</source>
        <translation>ما أبلغ عنه العميل، بكلماته</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="101"/>
        <source>No product</source>
        <translation>بلا منتج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="108"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="116"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="117"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="118"/>
        <source>Came in by</source>
        <translation>قناة الورود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="119"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="120"/>
        <source>SLA due</source>
        <translation>موعد انتهاء المهلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="121"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="122"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="123"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="124"/>
        <source>Assigned to</source>
        <translation>مُسنَدة إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="143"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="193"/>
        <source>{when} (%n hour(s) after it was opened)</source>
        <translation>
            <numerusform>{when} (بعد %Ln ساعة من فتحها)</numerusform>
            <numerusform>{when} (بعد ساعة واحدة من فتحها)</numerusform>
            <numerusform>{when} (بعد ساعتين من فتحها)</numerusform>
            <numerusform>{when} (بعد %Ln ساعات من فتحها)</numerusform>
            <numerusform>{when} (بعد %Ln ساعة من فتحها)</numerusform>
            <numerusform>{when} (بعد %Ln ساعة من فتحها)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="214"/>
        <source>Pick the contact from the list (or clear the field).</source>
        <translation>اختر جهة الاتصال من القائمة (أو أفرغ الحقل).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="215"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>اختر الشركة من القائمة (أو أفرغ الحقل).</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="207"/>
        <source>Overdue: it was due {0}.</source>
        <translation>متأخرة: كان موعدها {0}.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="736"/>
        <source>Cases</source>
        <translation>التذاكر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="745"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>تذكرة واحدة</numerusform>
            <numerusform>تذكرتان</numerusform>
            <numerusform>%Ln تذاكر</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
            <numerusform>%Ln تذكرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="751"/>
        <source>SLA due</source>
        <translation>موعد انتهاء المهلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="752"/>
        <source>SLA</source>
        <translation>مهلة الخدمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="753"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="754"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="755"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="756"/>
        <source>Escalation</source>
        <translation>التصعيد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="757"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="758"/>
        <source>Assigned to</source>
        <translation>مُسنَدة إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="759"/>
        <source>Opened</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="768"/>
        <source>Met</source>
        <translation>ضمن المهلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="768"/>
        <source>Missed</source>
        <translation>تجاوزت المهلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="772"/>
        <source>⚠ Overdue by {0}</source>
        <translation>⚠ متأخرة {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="773"/>
        <source>{0} left</source>
        <translation>متبقٍّ {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="776"/>
        <source>Level {0}</source>
        <translation>المستوى {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="781"/>
        <source>Open queue</source>
        <translation>قائمة الانتظار المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="782"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="787"/>
        <source>Any priority</source>
        <translation>أي أولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="793"/>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="795"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="950"/>
        <source>My cases</source>
        <translation>تذاكري</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="808"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="808"/>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="865"/>
        <source>Assign to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="866"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="950"/>
        <source>Which user are you?</source>
        <translation>أي مستخدم أنت؟</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="56"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="65"/>
        <source>%n company(s)</source>
        <translation>
            <numerusform>%Ln شركة</numerusform>
            <numerusform>شركة واحدة</numerusform>
            <numerusform>شركتان</numerusform>
            <numerusform>%Ln شركات</numerusform>
            <numerusform>%Ln شركة</numerusform>
            <numerusform>%Ln شركة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="70"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="71"/>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="72"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="75"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="81"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="82"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="83"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="86"/>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="110"/>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="111"/>
        <source>Any owner</source>
        <translation>أي مسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="161"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="162"/>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="163"/>
        <source>Assign owner</source>
        <translation>تعيين المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="164"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="181"/>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="181"/>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="37"/>
        <source>New company</source>
        <translation>شركة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="37"/>
        <source>Edit company</source>
        <translation>تعديل الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="52"/>
        <source>Its id in the program it was imported from</source>
        <translation>معرّفها في البرنامج الذي استُوردت منه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="57"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="62"/>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="77"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="78"/>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="79"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="80"/>
        <source>Tax number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="81"/>
        <source>Emails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="82"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="83"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="84"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="85"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="88"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="89"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="90"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="91"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="92"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="93"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="94"/>
        <source>External ID</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="95"/>
        <source>Address and notes</source>
        <translation>العنوان والملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="99"/>
        <source>More fields</source>
        <translation>حقول إضافية</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="81"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="81"/>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="88"/>
        <source>From the given and family names</source>
        <translation>من الاسم الأول واسم العائلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="99"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="103"/>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="106"/>
        <source>Their id in the program they were imported from</source>
        <translation>معرّف جهة الاتصال في البرنامج الذي استُوردت منه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="110"/>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="122"/>
        <source>No preference</source>
        <translation>بلا تفضيل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="125"/>
        <source>Do not call</source>
        <translation>عدم الاتصال هاتفيًا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="126"/>
        <source>Do not email</source>
        <translation>عدم المراسلة بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="127"/>
        <source>Do not send SMS</source>
        <translation>عدم إرسال رسائل نصية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="128"/>
        <source>Do not send post</source>
        <translation>عدم إرسال البريد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="129"/>
        <source>Agreed to receive marketing</source>
        <translation>وافق على تلقّي الرسائل التسويقية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="132"/>
        <source>How this person likes to be served</source>
        <translation>كيف يفضّل هذا الشخص أن نخدمه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="141"/>
        <source>Choose photo…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="143"/>
        <source>Remove photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="158"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="159"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="160"/>
        <source>Shown as</source>
        <translation>يظهر باسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="161"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="162"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="163"/>
        <source>Emails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="164"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="165"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="166"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="167"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="168"/>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="169"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="172"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="173"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="174"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="175"/>
        <source>External ID</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="176"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="177"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="178"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="179"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="180"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="181"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="182"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="185"/>
        <source>Preferred channel</source>
        <translation>قناة التواصل المفضّلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="190"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="191"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="195"/>
        <source>More fields</source>
        <translation>حقول إضافية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="212"/>
        <source>Choose a photo</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="214"/>
        <source>Pictures ({patterns})</source>
        <translation>الصور ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="241"/>
        <source>No photo</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="283"/>
        <source>Agreed on {0}</source>
        <translation>وافق في {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="326"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>اختر الشركة من القائمة (أو أفرغ الحقل).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="372"/>
        <source>Possible duplicate</source>
        <translation>تكرار محتمل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="373"/>
        <source>This may be someone you have saved already:</source>
        <translation>قد يكون هذا شخصًا حفظته من قبل:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="375"/>
        <source>Save anyway</source>
        <translation>احفظ على أي حال</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="37"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="43"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="48"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="49"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="50"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="51"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="52"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="55"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="60"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="63"/>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="74"/>
        <source>Any stage</source>
        <translation>أي مرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="85"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="99"/>
        <source>Any field</source>
        <translation>أي حقل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="105"/>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="107"/>
        <source>Any owner</source>
        <translation>أي مسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="149"/>
        <source>Add a tag…</source>
        <translation>إضافة وسم…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="150"/>
        <source>Assign owner</source>
        <translation>تعيين المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="153"/>
        <source>Change stage</source>
        <translation>تغيير المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="167"/>
        <source>Add a tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="167"/>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="233"/>
        <source>Custom field</source>
        <translation>حقل مخصّص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="236"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="237"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="238"/>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="246"/>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="247"/>
        <source>Number</source>
        <comment>field type</comment>
        <translation>رقم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="248"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="249"/>
        <source>Choice</source>
        <translation>اختيار من قائمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="250"/>
        <source>Yes / no</source>
        <translation>نعم / لا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="254"/>
        <source>For a choice: the options, separated by commas</source>
        <translation>لحقل الاختيار: الخيارات مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="255"/>
        <source>Must be filled in</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="257"/>
        <source>For</source>
        <translation>يخص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="258"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="259"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="260"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="261"/>
        <source>Choices</source>
        <translation>الخيارات</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="262"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="287"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="289"/>
        <source>Log call</source>
        <translation>تسجيل مكالمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="292"/>
        <source>Log meeting</source>
        <translation>تسجيل اجتماع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="295"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="298"/>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="301"/>
        <source>New deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="304"/>
        <source>New case</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="306"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="307"/>
        <source>Details, open deals, purchases, cases and recent activities</source>
        <translation>التفاصيل والصفقات المفتوحة والمشتريات والتذاكر وآخر الأنشطة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="327"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="329"/>
        <source>More fields</source>
        <translation>حقول إضافية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="331"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="339"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="341"/>
        <source>Emails</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="343"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="345"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="351"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="719"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="364"/>
        <source>Timeline</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Amount or status</source>
        <translation>المبلغ أو الحالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="373"/>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="385"/>
        <source>Open deals</source>
        <translation>الصفقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="853"/>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="391"/>
        <source>Open cases</source>
        <translation>التذاكر المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="852"/>
        <source>Case</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="397"/>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Times</source>
        <translation>عدد المرات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="463"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="495"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="602"/>
        <source>This contact is in the bin.</source>
        <translation>جهة الاتصال هذه في سلة المحذوفات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="604"/>
        <source>This company is in the bin.</source>
        <translation>هذه الشركة في سلة المحذوفات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="623"/>
        <source>No notes.</source>
        <translation>لا ملاحظات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="658"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="664"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="727"/>
        <source>Owner: {0}</source>
        <translation>المسؤول: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="669"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="699"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="767"/>
        <source>Do not call</source>
        <translation>عدم الاتصال هاتفيًا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="670"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="700"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="769"/>
        <source>Do not email</source>
        <translation>عدم المراسلة بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="671"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="701"/>
        <source>Do not send SMS</source>
        <translation>عدم إرسال رسائل نصية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="672"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="702"/>
        <source>Do not send post</source>
        <translation>عدم إرسال البريد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="676"/>
        <source>Do not contact: {0}</source>
        <translation>عدم التواصل: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="680"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="681"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="724"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="682"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="737"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="683"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="738"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="684"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="685"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="686"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="687"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="736"/>
        <source>External ID</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="688"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="739"/>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="695"/>
        <source>Prefers</source>
        <translation>يفضّل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="696"/>
        <source>No preference</source>
        <translation>بلا تفضيل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="699"/>
        <source>Calls are welcome</source>
        <translation>المكالمات مرحَّب بها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="700"/>
        <source>Emails are welcome</source>
        <translation>رسائل البريد الإلكتروني مرحَّب بها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="701"/>
        <source>SMS are welcome</source>
        <translation>الرسائل النصية مرحَّب بها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="702"/>
        <source>Post is welcome</source>
        <translation>البريد مرحَّب به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="709"/>
        <source>Agreed on {0}</source>
        <translation>وافق في {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="711"/>
        <source>Agreed</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="713"/>
        <source>Not agreed</source>
        <translation>غير موافق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="715"/>
        <source>Marketing</source>
        <translation>التسويق</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="728"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="733"/>
        <source>Industry</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="734"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="735"/>
        <source>Tax number</source>
        <translation>الرقم الضريبي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="752"/>
        <source>work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="753"/>
        <source>home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="754"/>
        <source>mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="755"/>
        <source>fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="756"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="770"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="771"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="775"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="786"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="786"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="805"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و%Ln غيرهم</numerusform>
            <numerusform>و%Ln غيرهم</numerusform>
            <numerusform>و%Ln غيرهم</numerusform>
            <numerusform>و%Ln غيرهم</numerusform>
            <numerusform>و%Ln غيرهم</numerusform>
            <numerusform>و%Ln غيرهم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="820"/>
        <source>Timeline (%n entries)</source>
        <translation>
            <numerusform>السجل الزمني (%Ln إدخال)</numerusform>
            <numerusform>السجل الزمني (إدخال واحد)</numerusform>
            <numerusform>السجل الزمني (إدخالان)</numerusform>
            <numerusform>السجل الزمني (%Ln إدخالات)</numerusform>
            <numerusform>السجل الزمني (%Ln إدخالًا)</numerusform>
            <numerusform>السجل الزمني (%Ln إدخال)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="822"/>
        <source>Timeline (newest %n)</source>
        <translation>
            <numerusform>السجل الزمني (أحدث %Ln)</numerusform>
            <numerusform>السجل الزمني (أحدث %Ln)</numerusform>
            <numerusform>السجل الزمني (أحدث %Ln)</numerusform>
            <numerusform>السجل الزمني (أحدث %Ln)</numerusform>
            <numerusform>السجل الزمني (أحدث %Ln)</numerusform>
            <numerusform>السجل الزمني (أحدث %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="847"/>
        <source>in</source>
        <translation>وارد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="847"/>
        <source>out</source>
        <translation>صادر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="851"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="854"/>
        <source>Sale</source>
        <translation>عملية بيع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="861"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="865"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="867"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="955"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="869"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="895"/>
        <source>Due {0}</source>
        <translation>الموعد {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="871"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="903"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="902"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="904"/>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="905"/>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="906"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="911"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="912"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="913"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="914"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="928"/>
        <source>Weighted: {0} ({1} %)</source>
        <translation>المرجَّح: {0} ({1}٪)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="935"/>
        <source>Open deals: %n, worth {0}</source>
        <translation>
            <numerusform>الصفقات المفتوحة: %Ln، بقيمة {0}</numerusform>
            <numerusform>الصفقات المفتوحة: %Ln، بقيمة {0}</numerusform>
            <numerusform>الصفقات المفتوحة: %Ln، بقيمة {0}</numerusform>
            <numerusform>الصفقات المفتوحة: %Ln، بقيمة {0}</numerusform>
            <numerusform>الصفقات المفتوحة: %Ln، بقيمة {0}</numerusform>
            <numerusform>الصفقات المفتوحة: %Ln، بقيمة {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="940"/>
        <source>Open deals: none</source>
        <translation>الصفقات المفتوحة: لا يوجد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="957"/>
        <source>Escalated to level {0}</source>
        <translation>صُعِّدت إلى المستوى {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="960"/>
        <source>Open cases: %n</source>
        <translation>
            <numerusform>التذاكر المفتوحة: %Ln</numerusform>
            <numerusform>التذاكر المفتوحة: %Ln</numerusform>
            <numerusform>التذاكر المفتوحة: %Ln</numerusform>
            <numerusform>التذاكر المفتوحة: %Ln</numerusform>
            <numerusform>التذاكر المفتوحة: %Ln</numerusform>
            <numerusform>التذاكر المفتوحة: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="960"/>
        <source>Open cases: none</source>
        <translation>التذاكر المفتوحة: لا يوجد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="962"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="969"/>
        <source>No purchases yet.</source>
        <translation>لا مشتريات بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="979"/>
        <source>%n sale(s), {0} in all; the last on {1}</source>
        <translation>
            <numerusform>%Ln عملية بيع، {0} إجمالًا؛ آخرها في {1}</numerusform>
            <numerusform>عملية بيع واحدة، {0} إجمالًا؛ في {1}</numerusform>
            <numerusform>عمليتا بيع، {0} إجمالًا؛ آخرهما في {1}</numerusform>
            <numerusform>%Ln عمليات بيع، {0} إجمالًا؛ آخرها في {1}</numerusform>
            <numerusform>%Ln عملية بيع، {0} إجمالًا؛ آخرها في {1}</numerusform>
            <numerusform>%Ln عملية بيع، {0} إجمالًا؛ آخرها في {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="990"/>
        <source>(no description)</source>
        <translation>(بلا وصف)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="1054"/>
        <source>This version cannot create that yet.</source>
        <translation>لا يستطيع هذا الإصدار إنشاء ذلك بعد.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="475"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="544"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="480"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="487"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="506"/>
        <source>No open deals.</source>
        <translation>لا صفقات مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="510"/>
        <source>No open cases.</source>
        <translation>لا تذاكر مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="514"/>
        <source>No sales in the last twelve months.</source>
        <translation>لا مبيعات في الأشهر الاثني عشر الماضية.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="516"/>
        <source>Pipeline by stage</source>
        <translation>مسار المبيعات حسب المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="517"/>
        <source>Open cases by priority</source>
        <translation>التذاكر المفتوحة حسب الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="518"/>
        <source>Sales by month</source>
        <translation>المبيعات حسب الشهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="548"/>
        <source>Open pipeline</source>
        <translation>قيمة الصفقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="549"/>
        <source>Forecast this month (weighted)</source>
        <translation>توقعات هذا الشهر (مرجَّحة)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="550"/>
        <source>Forecast next month (weighted)</source>
        <translation>توقعات الشهر القادم (مرجَّحة)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="551"/>
        <source>Won this month</source>
        <translation>الرابحة هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="552"/>
        <source>New contacts this month</source>
        <translation>جهات اتصال جديدة هذا الشهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="553"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="742"/>
        <source>Open cases</source>
        <translation>التذاكر المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="554"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="743"/>
        <source>Overdue cases</source>
        <translation>التذاكر المتأخرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="555"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="744"/>
        <source>Overdue tasks</source>
        <translation>المهام المتأخرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="587"/>
        <source>The figures could not be counted: {0}</source>
        <translation>تعذّر حساب الأرقام: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="610"/>
        <source>As of {time} · amounts in {currency}</source>
        <translation>حتى {time} · المبالغ بـ{currency}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="617"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln صفقة مفتوحة</numerusform>
            <numerusform>صفقة مفتوحة واحدة</numerusform>
            <numerusform>صفقتان مفتوحتان</numerusform>
            <numerusform>%Ln صفقات مفتوحة</numerusform>
            <numerusform>%Ln صفقة مفتوحة</numerusform>
            <numerusform>%Ln صفقة مفتوحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="629"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%Ln صفقة رابحة</numerusform>
            <numerusform>صفقة رابحة واحدة</numerusform>
            <numerusform>صفقتان رابحتان</numerusform>
            <numerusform>%Ln صفقات رابحة</numerusform>
            <numerusform>%Ln صفقة رابحة</numerusform>
            <numerusform>%Ln صفقة رابحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="634"/>
        <source>new, open or waiting</source>
        <translation>جديدة أو مفتوحة أو قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="637"/>
        <source>past their SLA time</source>
        <translation>تجاوزت مهلة الخدمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="642"/>
        <source>not done, past due</source>
        <translation>غير منجزة وفات موعدها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="653"/>
        <source>%n deal(s) closing in {month}</source>
        <translation>
            <numerusform>%Ln صفقة تُغلَق في {month}</numerusform>
            <numerusform>صفقة واحدة تُغلَق في {month}</numerusform>
            <numerusform>صفقتان تُغلَقان في {month}</numerusform>
            <numerusform>%Ln صفقات تُغلَق في {month}</numerusform>
            <numerusform>%Ln صفقة تُغلَق في {month}</numerusform>
            <numerusform>%Ln صفقة تُغلَق في {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="666"/>
        <source>{stage}: %n deal(s), {amount}</source>
        <translation>
            <numerusform>{stage}: %Ln صفقة، {amount}</numerusform>
            <numerusform>{stage}: صفقة واحدة، {amount}</numerusform>
            <numerusform>{stage}: صفقتان، {amount}</numerusform>
            <numerusform>{stage}: %Ln صفقات، {amount}</numerusform>
            <numerusform>{stage}: %Ln صفقة، {amount}</numerusform>
            <numerusform>{stage}: %Ln صفقة، {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="672"/>
        <source>open deals, value in {0}</source>
        <translation>الصفقات المفتوحة، القيمة بـ{0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="676"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="677"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="678"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="679"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="686"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
            <numerusform>%Ln متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="696"/>
        <source>{priority}: %n open case(s)</source>
        <translation>
            <numerusform>{priority}: %Ln تذكرة مفتوحة</numerusform>
            <numerusform>{priority}: تذكرة مفتوحة واحدة</numerusform>
            <numerusform>{priority}: تذكرتان مفتوحتان</numerusform>
            <numerusform>{priority}: %Ln تذاكر مفتوحة</numerusform>
            <numerusform>{priority}: %Ln تذكرة مفتوحة</numerusform>
            <numerusform>{priority}: %Ln تذكرة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="706"/>
        <source>darker: overdue</source>
        <translation>الأغمق: متأخرة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="717"/>
        <source>{month}: %n sale(s), {amount}</source>
        <translation>
            <numerusform>{month}: %Ln عملية بيع، {amount}</numerusform>
            <numerusform>{month}: عملية بيع واحدة، {amount}</numerusform>
            <numerusform>{month}: عمليتا بيع، {amount}</numerusform>
            <numerusform>{month}: %Ln عمليات بيع، {amount}</numerusform>
            <numerusform>{month}: %Ln عملية بيع، {amount}</numerusform>
            <numerusform>{month}: %Ln عملية بيع، {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="728"/>
        <source>last twelve months, in {0}</source>
        <translation>آخر اثني عشر شهرًا، بـ{0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="735"/>
        <source>Open deals</source>
        <translation>الصفقات المفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="736"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="737"/>
        <source>Open deals closing in {0}</source>
        <translation>الصفقات المفتوحة التي تُغلَق في {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="740"/>
        <source>Deals won in {0}</source>
        <translation>الصفقات الرابحة في {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="741"/>
        <source>Contacts added in {0}</source>
        <translation>جهات الاتصال المضافة في {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="756"/>
        <source>Deals in {0}</source>
        <translation>الصفقات في مرحلة {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="761"/>
        <source>Open cases: {0}</source>
        <translation>التذاكر المفتوحة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="767"/>
        <source>Sales in {0}</source>
        <translation>المبيعات في {0}</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="300"/>
        <source>New deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="300"/>
        <source>Edit deal</source>
        <translation>تعديل الصفقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="327"/>
        <source>Why the customer said no</source>
        <translation>لماذا رفض العميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="345"/>
        <source>The deal has an expected close date</source>
        <translation>للصفقة تاريخ إغلاق متوقَّع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="362"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="366"/>
        <source>Separate tags with commas</source>
        <translation>افصل بين الوسوم بفواصل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="379"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="380"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="381"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="382"/>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="383"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="384"/>
        <source>Lost because</source>
        <translation>سبب الخسارة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="386"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="387"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="393"/>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="399"/>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="400"/>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="401"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="402"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="403"/>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="406"/>
        <source>Products offered</source>
        <translation>المنتجات المعروضة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="407"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="410"/>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="411"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="415"/>
        <source>More fields</source>
        <translation>حقول إضافية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="436"/>
        <source>Print quote…</source>
        <translation>طباعة عرض السعر…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="529"/>
        <source>From the stage ({0} %)</source>
        <translation>حسب المرحلة ({0}٪)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="556"/>
        <source>{0} for 1 {1}</source>
        <translation>{0} مقابل 1 {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="561"/>
        <source>The total of the products offered</source>
        <translation>إجمالي المنتجات المعروضة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="621"/>
        <source>Pick the contact from the list (or clear the field).</source>
        <translation>اختر جهة الاتصال من القائمة (أو أفرغ الحقل).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="622"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>اختر الشركة من القائمة (أو أفرغ الحقل).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="646"/>
        <source>Line {0}: {1}</source>
        <translation>السطر {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="659"/>
        <source>Close without saving your changes?</source>
        <translation>الإغلاق دون حفظ تغييراتك؟</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="105"/>
        <source>Find duplicates</source>
        <translation>البحث عن المكررات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="107"/>
        <source>Looking for contacts that are probably the same person…</source>
        <translation>جارٍ البحث عن جهات اتصال هي على الأرجح الشخص نفسه…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="110"/>
        <source>Likely duplicates</source>
        <translation>المكررات المحتملة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="111"/>
        <source>Past merges</source>
        <translation>عمليات الدمج السابقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="136"/>
        <source>Keep the other one</source>
        <translation>أبقِ على الأخرى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>Stays</source>
        <translation>الباقية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Merged into it</source>
        <translation>المدموجة فيها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>After the merge</source>
        <translation>بعد الدمج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="154"/>
        <source>The activities, deals, cases, sales and tasks of the contact merged into the other move to it, with the emails, phones and tags it lacks; a “do not contact” of either stays. It then goes to the bin. Past merges can separate them again.</source>
        <translation>تنتقل أنشطة جهة الاتصال المدموجة في الأخرى وصفقاتها وتذاكرها وعمليات بيعها ومهامها إلى الأخرى، مع عناوين البريد الإلكتروني والهواتف والوسوم التي تنقصها؛ ويبقى «عدم التواصل» إن كان في أيٍّ منهما. ثم تذهب إلى سلة المحذوفات. ويمكن فصلهما مجددًا من «عمليات الدمج السابقة».</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="160"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Merged on</source>
        <translation>تاريخ الدمج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Stayed</source>
        <translation>الباقية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Undone on</source>
        <translation>تاريخ التراجع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="194"/>
        <source>Unmerge…</source>
        <translation>فصل…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="226"/>
        <source>Likely duplicates: {0}. Choose a pair, which contact stays and which values it keeps, then Merge.</source>
        <translation>المكررات المحتملة: {0}. اختر زوجًا، وأيّ جهتي الاتصال تبقى وأيّ القيم تحتفظ بها، ثم اضغط «دمج».</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="298"/>
        <source>“{0}” stays; “{1}” is merged into it.</source>
        <translation>يبقى «{0}»؛ ويُدمج فيه «{1}».</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="339"/>
        <source>Both, one after the other</source>
        <translation>كلاهما، الواحد تلو الآخر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="359"/>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="364"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="388"/>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="389"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="390"/>
        <source>Shown as</source>
        <translation>يظهر باسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="391"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="392"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="393"/>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="394"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="395"/>
        <source>Preferred channel</source>
        <translation>قناة التواصل المفضّلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="396"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="397"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="398"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="399"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="400"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="401"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="402"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="403"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="404"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="405"/>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="416"/>
        <source>Merge “{1}” into “{0}”?

The history, emails, phones and tags of “{1}” move to “{0}”, which takes the values chosen; “{1}” goes to the bin.</source>
        <translation>دمج «{1}» في «{0}»؟

ينتقل سجلّ تعاملات «{1}» وعناوين بريده الإلكتروني وهواتفه ووسومه إلى «{0}»، الذي يأخذ القيم المختارة؛ ويذهب «{1}» إلى سلة المحذوفات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="426"/>
        <source>“{1}” was merged into “{0}”.</source>
        <translation>دُمج «{1}» في «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="468"/>
        <source>Past merges ({0})</source>
        <translation>عمليات الدمج السابقة ({0})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="492"/>
        <source>Separate “{1}” from “{0}” again?

“{1}” comes back from the bin with what was moved from it, and “{0}” gets back the values it had before the merge.</source>
        <translation>فصل «{1}» عن «{0}» مجددًا؟

يعود «{1}» من سلة المحذوفات ومعه ما نُقل منه، ويستعيد «{0}» القيم التي كانت له قبل الدمج.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="506"/>
        <source>“{1}” and “{0}” are separate again.</source>
        <translation>«{1}» و«{0}» منفصلان مجددًا.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="164"/>
        <source>Undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="233"/>
        <source>No likely duplicates.</source>
        <translation>لا توجد مكررات محتملة.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="63"/>
        <source>Export {0}</source>
        <translation>تصدير {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="66"/>
        <source>The whole list, as it is filtered now</source>
        <translation>القائمة كلها، كما هي مصفّاة الآن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="68"/>
        <source>The whole list, as it is filtered now (%n row(s))</source>
        <translation>
            <numerusform>القائمة كلها، كما هي مصفّاة الآن (%Ln صف)</numerusform>
            <numerusform>القائمة كلها، كما هي مصفّاة الآن (صف واحد)</numerusform>
            <numerusform>القائمة كلها، كما هي مصفّاة الآن (صفّان)</numerusform>
            <numerusform>القائمة كلها، كما هي مصفّاة الآن (%Ln صفوف)</numerusform>
            <numerusform>القائمة كلها، كما هي مصفّاة الآن (%Ln صفًا)</numerusform>
            <numerusform>القائمة كلها، كما هي مصفّاة الآن (%Ln صف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="70"/>
        <source>Only the selected rows (%n)</source>
        <translation>
            <numerusform>الصفوف المحدَّدة فقط (%Ln)</numerusform>
            <numerusform>الصفوف المحدَّدة فقط (%Ln)</numerusform>
            <numerusform>الصفوف المحدَّدة فقط (%Ln)</numerusform>
            <numerusform>الصفوف المحدَّدة فقط (%Ln)</numerusform>
            <numerusform>الصفوف المحدَّدة فقط (%Ln)</numerusform>
            <numerusform>الصفوف المحدَّدة فقط (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="96"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="99"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="110"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="111"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="122"/>
        <source>CSV, for Excel, Google or Outlook (.csv)</source>
        <translation>CSV، لبرامج Excel أو Google أو Outlook (.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="123"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنّف Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="124"/>
        <source>vCard, for phones and mail programs (.vcf)</source>
        <translation>vCard، للهواتف وبرامج البريد الإلكتروني (.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="125"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="126"/>
        <source>iCalendar, for calendar programs (.ics)</source>
        <translation>iCalendar، لبرامج التقويم (.ics)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="158"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="160"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="183"/>
        <source>Writing {0}…</source>
        <translation>جارٍ كتابة {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="196"/>
        <source>%n row(s) written to {0} in {1}.</source>
        <translation>
            <numerusform>كُتب %Ln صف في الملف {0} في المجلد {1}.</numerusform>
            <numerusform>كُتب صف واحد في الملف {0} في المجلد {1}.</numerusform>
            <numerusform>كُتب صفّان في الملف {0} في المجلد {1}.</numerusform>
            <numerusform>كُتبت %Ln صفوف في الملف {0} في المجلد {1}.</numerusform>
            <numerusform>كُتب %Ln صفًا في الملف {0} في المجلد {1}.</numerusform>
            <numerusform>كُتب %Ln صف في الملف {0} في المجلد {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="406"/>
        <source>Click to open the list.</source>
        <translation>انقر لفتح القائمة.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="50"/>
        <source>Welcome to CRM Desktop</source>
        <translation>مرحبًا بك في CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="58"/>
        <source>Your shop or company</source>
        <translation>متجرك أو شركتك</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="71"/>
        <source>Start with an empty database</source>
        <translation>البدء بقاعدة بيانات فارغة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="72"/>
        <source>Start with sample data to try things out</source>
        <translation>البدء ببيانات نموذجية للتجربة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="76"/>
        <source>A few questions before we start. You can change all of this later in Settings.</source>
        <translation>بضعة أسئلة قبل أن نبدأ. يمكنك تغيير كل هذا لاحقًا من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="80"/>
        <source>Business name</source>
        <translation>اسم النشاط التجاري</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="81"/>
        <source>Country (for phone numbers)</source>
        <translation>الدولة (لأرقام الهواتف)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="82"/>
        <source>Main currency</source>
        <translation>العملة الأساسية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="83"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="87"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="109"/>
        <source>Type the name printed on your reports and quotes.</source>
        <translation>اكتب الاسم الذي يُطبع على تقاريرك وعروض أسعارك.</translation>
    </message>
</context>
<context>
    <name>ForecastStrip</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="524"/>
        <source>Weighted forecast</source>
        <translation>التوقعات المرجَّحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="533"/>
        <source>Won this month</source>
        <translation>الرابحة هذا الشهر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="559"/>
        <source>%n open deal(s) expected to close</source>
        <translation>
            <numerusform>%Ln صفقة مفتوحة متوقَّع إغلاقها</numerusform>
            <numerusform>صفقة مفتوحة واحدة متوقَّع إغلاقها</numerusform>
            <numerusform>صفقتان مفتوحتان متوقَّع إغلاقهما</numerusform>
            <numerusform>%Ln صفقات مفتوحة متوقَّع إغلاقها</numerusform>
            <numerusform>%Ln صفقة مفتوحة متوقَّع إغلاقها</numerusform>
            <numerusform>%Ln صفقة مفتوحة متوقَّع إغلاقها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="568"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%Ln صفقة رابحة</numerusform>
            <numerusform>صفقة رابحة واحدة</numerusform>
            <numerusform>صفقتان رابحتان</numerusform>
            <numerusform>%Ln صفقات رابحة</numerusform>
            <numerusform>%Ln صفقة رابحة</numerusform>
            <numerusform>%Ln صفقة رابحة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="26"/>
        <source>Search contacts, companies, deals, cases, articles (Ctrl+K)</source>
        <translation>ابحث في جهات الاتصال والشركات والصفقات والتذاكر والمقالات (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="44"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="45"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="46"/>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="47"/>
        <source>Case</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="48"/>
        <source>Article</source>
        <translation>مقالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="73"/>
        <source>Nothing found</source>
        <translation>لم يُعثَر على شيء</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="63"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="330"/>
        <source>Choose an article, or press New to write one.</source>
        <translation>اختر مقالة، أو اضغط «جديد» لكتابة واحدة.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="351"/>
        <source>Knowledge base</source>
        <translation>قاعدة المعرفة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="364"/>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="403"/>
        <source>Discard the changes to “{0}”?</source>
        <translation>تجاهل التغييرات على «{0}»؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="404"/>
        <source>New article</source>
        <translation>مقالة جديدة</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="131"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="132"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="133"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="134"/>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="135"/>
        <source>Discount %</source>
        <translation>الخصم ٪</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="136"/>
        <source>Line total</source>
        <translation>إجمالي السطر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="150"/>
        <source>Add line</source>
        <translation>إضافة سطر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="196"/>
        <source>Type a name or code</source>
        <translation>اكتب اسمًا أو رمزًا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="208"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="209"/>
        <source>Remove this line</source>
        <translation>إزالة هذا السطر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="244"/>
        <source>Price in {0}</source>
        <translation>السعر بـ{0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="305"/>
        <source>Line {0}: {1}</source>
        <translation>السطر {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="96"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="97"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="98"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="99"/>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="100"/>
        <source>Discount %</source>
        <translation>الخصم ٪</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="101"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="118"/>
        <source>Add line</source>
        <translation>إضافة سطر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="121"/>
        <source>Remove line</source>
        <translation>إزالة السطر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="157"/>
        <source>No product</source>
        <translation>بلا منتج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="220"/>
        <source>This product is priced in {0}: give its price in {1}.</source>
        <translation>سعر هذا المنتج بـ{0}: أدخل سعره بـ{1}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="276"/>
        <source>Total: {0}</source>
        <translation>الإجمالي: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="99"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="177"/>
        <location filename="../../src/crm_desktop/ui/selftest.py" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="179"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="181"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="184"/>
        <source>Export &amp;everything…</source>
        <translation>تصدير &amp;كل شيء…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="189"/>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="194"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="196"/>
        <source>Search &amp;everywhere</source>
        <translation>البحث في &amp;كل مكان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="197"/>
        <source>Find &amp;duplicates…</source>
        <translation>البحث عن ال&amp;مكررات…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="205"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="207"/>
        <source>&amp;Go to</source>
        <translation>ا&amp;نتقال إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="214"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;حول CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="232"/>
        <source>Undone.</source>
        <translation>تم التراجع.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="272"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>MethodsEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="29"/>
        <source>Add email</source>
        <translation>إضافة بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="29"/>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="35"/>
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="36"/>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="37"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="38"/>
        <source>Fax</source>
        <translation>الفاكس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="39"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="55"/>
        <source>Primary</source>
        <translation>أساسي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="58"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="667"/>
        <source>Board</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="670"/>
        <source>List</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="680"/>
        <source>New deal</source>
        <translation>صفقة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="684"/>
        <source>Pipeline:</source>
        <translation>مسار المبيعات:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="725"/>
        <source>Filter deals…</source>
        <translation>تصفية الصفقات…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="730"/>
        <source>Open, won and lost</source>
        <translation>المفتوحة والرابحة والخاسرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="736"/>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="761"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1007"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="807"/>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="811"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="812"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="813"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="816"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="825"/>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="833"/>
        <source>Expected close</source>
        <translation>الإغلاق المتوقع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="839"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="842"/>
        <source>Changed</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="873"/>
        <source>Every owner</source>
        <translation>كل المسؤولين</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="884"/>
        <source>Every stage</source>
        <translation>كل المراحل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="910"/>
        <source>There is no pipeline yet. Add one in Settings.</source>
        <translation>لا يوجد مسار مبيعات بعد. أضف واحدًا من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="945"/>
        <source>This pipeline has no stages yet. Add them in Settings.</source>
        <translation>لا مراحل في هذا المسار بعد. أضفها من الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1008"/>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1017"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1198"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1061"/>
        <source>Undo move of “{0}”</source>
        <translation>التراجع عن نقل «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1062"/>
        <source>Won: {0}</source>
        <translation>رابحة: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1167"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>صفقة واحدة</numerusform>
            <numerusform>صفقتان</numerusform>
            <numerusform>%Ln صفقات</numerusform>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>%Ln صفقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1169"/>
        <source>(loading…)</source>
        <translation>(جارٍ التحميل…)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1199"/>
        <source>Export selected…</source>
        <translation>تصدير المحدَّد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1255"/>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1267"/>
        <source>Undo delete of %n deal(s)</source>
        <translation>
            <numerusform>التراجع عن حذف %Ln صفقة</numerusform>
            <numerusform>التراجع عن حذف صفقة واحدة</numerusform>
            <numerusform>التراجع عن حذف صفقتين</numerusform>
            <numerusform>التراجع عن حذف %Ln صفقات</numerusform>
            <numerusform>التراجع عن حذف %Ln صفقة</numerusform>
            <numerusform>التراجع عن حذف %Ln صفقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="72"/>
        <source>Add pipeline</source>
        <translation>إضافة مسار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="75"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="336"/>
        <source>Delete pipeline</source>
        <translation>حذف المسار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="81"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="91"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="149"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="96"/>
        <source>Pipelines</source>
        <translation>مسارات المبيعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="150"/>
        <source>Probability</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="151"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="116"/>
        <source>Add stage</source>
        <translation>إضافة مرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="119"/>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="122"/>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="125"/>
        <source>Delete stage</source>
        <translation>حذف المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="144"/>
        <source>Save stage</source>
        <translation>حفظ المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="155"/>
        <source>Stages</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="274"/>
        <source>Only a pipeline without deals can be deleted, and one pipeline must stay.</source>
        <translation>لا يُحذَف إلا مسار بلا صفقات، ويجب أن يبقى مسار واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="284"/>
        <source>Only a stage without deals can be deleted.</source>
        <translation>لا تُحذَف إلا مرحلة بلا صفقات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="302"/>
        <source>New pipeline</source>
        <translation>مسار جديد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="305"/>
        <source>New pipeline {0}</source>
        <translation>مسار جديد {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="337"/>
        <source>Delete the pipeline “{0}” and its stages?</source>
        <translation>حذف المسار «{0}» ومراحله؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="364"/>
        <source>New stage</source>
        <translation>مرحلة جديدة</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="80"/>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="80"/>
        <source>Edit product</source>
        <translation>تعديل المنتج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="85"/>
        <source>Your code for it, e.g. TEA-250</source>
        <translation>رمزك الخاص به، مثل TEA-250</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="104"/>
        <source>On sale (shown when entering sales)</source>
        <translation>معروض للبيع (يظهر عند إدخال المبيعات)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="111"/>
        <source>Code (SKU)</source>
        <translation>الرمز (SKU)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="112"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="113"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="114"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="115"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="116"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="117"/>
        <source>Margin</source>
        <translation>هامش الربح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="118"/>
        <source>Tax %</source>
        <translation>الضريبة ٪</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="186"/>
        <source>Discard the changes to this product?</source>
        <translation>تجاهل التغييرات على هذا المنتج؟</translation>
    </message>
</context>
<context>
    <name>ProductsList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="37"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/products.py" line="46"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln منتج</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%Ln منتجات</numerusform>
            <numerusform>%Ln منتجًا</numerusform>
            <numerusform>%Ln منتج</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="50"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="51"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="54"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="61"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="65"/>
        <source>Margin</source>
        <translation>هامش الربح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="72"/>
        <source>Tax</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="79"/>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="89"/>
        <source>On sale</source>
        <translation>معروض للبيع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="80"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="80"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="88"/>
        <source>All products</source>
        <translation>كل المنتجات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="90"/>
        <source>Not on sale</source>
        <translation>غير معروض للبيع</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="198"/>
        <source>Products &amp; sales</source>
        <translation>المنتجات والمبيعات</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="48"/>
        <source>Filter…</source>
        <translation>تصفية…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="84"/>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="94"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="103"/>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="274"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/record_list.py" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/record_list.py" line="212"/>
        <source>Undo delete of %n record(s)</source>
        <translation>
            <numerusform>التراجع عن حذف %Ln سجل</numerusform>
            <numerusform>التراجع عن حذف سجل واحد</numerusform>
            <numerusform>التراجع عن حذف سجلين</numerusform>
            <numerusform>التراجع عن حذف %Ln سجلات</numerusform>
            <numerusform>التراجع عن حذف %Ln سجلًا</numerusform>
            <numerusform>التراجع عن حذف %Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="255"/>
        <source>(loading…)</source>
        <translation>(جارٍ التحميل…)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="278"/>
        <source>Export selected…</source>
        <translation>تصدير المحدَّد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="279"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="300"/>
        <source>Due {0}</source>
        <translation>الموعد {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="302"/>
        <source>Reminder: {0}</source>
        <translation>تذكير: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="66"/>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="74"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="83"/>
        <source>Due {0}</source>
        <translation>الموعد {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="86"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="89"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="213"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="219"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="220"/>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="222"/>
        <source>{0} %</source>
        <translation>{0}٪</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="224"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="227"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="242"/>
        <source>Choose a report and press Preview.</source>
        <translation>اختر تقريرًا واضغط «معاينة».</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="253"/>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="279"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="304"/>
        <source>The report was made but could not be shown ({0}).</source>
        <translation>أُعِدّ التقرير لكن تعذّر عرضه ({0}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="313"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="373"/>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="383"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="379"/>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="395"/>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="409"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="397"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="410"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>تعذّرت كتابة {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="413"/>
        <source>Saved to {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="451"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="459"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="499"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="588"/>
        <source>There is no report called “{0}”.</source>
        <translation>لا يوجد تقرير باسم «{0}».</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="274"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="275"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="282"/>
        <source>Group by</source>
        <translation>التجميع حسب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="288"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="295"/>
        <source>Type to find…</source>
        <translation>اكتب للبحث…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="300"/>
        <source>Any tag</source>
        <translation>أي وسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="302"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="304"/>
        <source>Every pipeline</source>
        <translation>كل مسارات المبيعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="306"/>
        <source>Every product</source>
        <translation>كل المنتجات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="309"/>
        <source>Any stage</source>
        <translation>أي مرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="313"/>
        <source>Any priority</source>
        <translation>أي أولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="317"/>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="323"/>
        <source>Name, email, phone…</source>
        <translation>الاسم، البريد الإلكتروني، الهاتف…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="351"/>
        <source>{0}: choose from the list that opens as you type, or clear the field.</source>
        <translation>{0}: اختر من القائمة التي تظهر أثناء الكتابة، أو أفرغ الحقل.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="363"/>
        <source>Choose what the report is about: {0}.</source>
        <translation>اختر ما يتناوله التقرير: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="364"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
</context>
<context>
    <name>SaleEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="322"/>
        <source>New sale</source>
        <translation>عملية بيع جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="322"/>
        <source>Edit sale</source>
        <translation>تعديل عملية البيع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="325"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="327"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="336"/>
        <source>Type a name</source>
        <translation>اكتب اسمًا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="352"/>
        <source>Given when saved</source>
        <translation>يُحدَّد عند الحفظ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="378"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="379"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="380"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="381"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="382"/>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="383"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="389"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="392"/>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="449"/>
        <source>1 {currency} in {base}:</source>
        <translation>1 {currency} بـ{base}:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="453"/>
        <source>Rate on the sale&apos;s date</source>
        <translation>السعر في تاريخ البيع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="456"/>
        <source>Not needed for {0}</source>
        <translation>غير مطلوب لـ{0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="543"/>
        <source>Pick the customer from the list.</source>
        <translation>اختر العميل من القائمة.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="576"/>
        <source>Discard the changes to this sale?</source>
        <translation>تجاهل التغييرات على عملية البيع هذه؟</translation>
    </message>
</context>
<context>
    <name>SalesList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="112"/>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/products.py" line="121"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%Ln عملية بيع</numerusform>
            <numerusform>عملية بيع واحدة</numerusform>
            <numerusform>عمليتا بيع</numerusform>
            <numerusform>%Ln عمليات بيع</numerusform>
            <numerusform>%Ln عملية بيع</numerusform>
            <numerusform>%Ln عملية بيع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="127"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="134"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="136"/>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="139"/>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="145"/>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="394"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="398"/>
        <source>Business</source>
        <translation>النشاط التجاري</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="399"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="400"/>
        <source>Custom fields</source>
        <translation>الحقول المخصّصة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="401"/>
        <source>Pipelines</source>
        <translation>مسارات المبيعات</translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="502"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>صفقة واحدة</numerusform>
            <numerusform>صفقتان</numerusform>
            <numerusform>%Ln صفقات</numerusform>
            <numerusform>%Ln صفقة</numerusform>
            <numerusform>%Ln صفقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="512"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%Ln أخرى…</numerusform>
            <numerusform>%Ln أخرى…</numerusform>
            <numerusform>%Ln أخرى…</numerusform>
            <numerusform>%Ln أخرى…</numerusform>
            <numerusform>%Ln أخرى…</numerusform>
            <numerusform>%Ln أخرى…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="513"/>
        <source>Show every deal of this stage in the list</source>
        <translation>عرض كل صفقات هذه المرحلة في القائمة</translation>
    </message>
</context>
<context>
    <name>StageNoteDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="599"/>
        <source>Deal lost</source>
        <translation>صفقة خاسرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="599"/>
        <source>Deal won</source>
        <translation>صفقة رابحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="601"/>
        <source>Why was “{0}” lost?</source>
        <translation>لماذا خُسِرت «{0}»؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="603"/>
        <source>“{0}” moves to {1}. Add a note if you like (optional).</source>
        <translation>تنتقل «{0}» إلى {1}. أضف ملاحظة إن شئت (اختياري).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="610"/>
        <source>Price, timing, a competitor…</source>
        <translation>السعر، التوقيت، منافس…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="314"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="594"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="616"/>
        <source>Sync not set up</source>
        <translation>المزامنة غير مُعدّة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="356"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="359"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="368"/>
        <source>Sync server</source>
        <translation>خادم المزامنة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="370"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="371"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="372"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="392"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="405"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="406"/>
        <source>Off</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="408"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="483"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="425"/>
        <source>Sync automatically every</source>
        <translation>المزامنة تلقائيًا كل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="434"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="435"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="436"/>
        <source>My value</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="437"/>
        <source>Their value</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="438"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="451"/>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="454"/>
        <source>Keep theirs</source>
        <translation>الإبقاء على قيمتهم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="457"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="461"/>
        <source>The same field was changed here and on another computer before they synced. The newer change is shown now; choose which value to keep.</source>
        <translation>غُيِّر الحقل نفسه هنا وعلى حاسوب آخر قبل مزامنتهما. يُعرَض الآن التغيير الأحدث؛ اختر القيمة التي تريد الإبقاء عليها.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="534"/>
        <source>Something went wrong: {0}</source>
        <translation>حدث خطأ ما: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="571"/>
        <source>Changes waiting to be sent: %Ln</source>
        <translation>
            <numerusform>تغييرات بانتظار الإرسال: %Ln</numerusform>
            <numerusform>تغييرات بانتظار الإرسال: %Ln</numerusform>
            <numerusform>تغييرات بانتظار الإرسال: %Ln</numerusform>
            <numerusform>تغييرات بانتظار الإرسال: %Ln</numerusform>
            <numerusform>تغييرات بانتظار الإرسال: %Ln</numerusform>
            <numerusform>تغييرات بانتظار الإرسال: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="572"/>
        <source>Open conflicts: %Ln</source>
        <translation>
            <numerusform>تعارضات لم تُحسَم: %Ln</numerusform>
            <numerusform>تعارضات لم تُحسَم: %Ln</numerusform>
            <numerusform>تعارضات لم تُحسَم: %Ln</numerusform>
            <numerusform>تعارضات لم تُحسَم: %Ln</numerusform>
            <numerusform>تعارضات لم تُحسَم: %Ln</numerusform>
            <numerusform>تعارضات لم تُحسَم: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="592"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="598"/>
        <source>Needs a newer version</source>
        <translation>يلزم إصدار أحدث</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="599"/>
        <source>The sync server needs a newer version of this program; please update it.</source>
        <translation>يحتاج خادم المزامنة إلى إصدار أحدث من هذا البرنامج؛ يُرجى تحديثه.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="603"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="609"/>
        <source>Sync failed, will retry</source>
        <translation>فشلت المزامنة، ستُعاد المحاولة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="605"/>
        <source>Signed out: sign in again</source>
        <translation>سُجِّل الخروج: سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="607"/>
        <source>Offline, will retry</source>
        <translation>غير متصل، ستُعاد المحاولة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="612"/>
        <source>Synced at {0}</source>
        <translation>تمت المزامنة في {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="617"/>
        <source>Sign in to your sync server to share this data with your other computers.</source>
        <translation>سجّل الدخول إلى خادم المزامنة لمشاركة هذه البيانات مع حواسيبك الأخرى.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="619"/>
        <source>Never synced</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="624"/>
        <source>Last synced at {0}.</source>
        <translation>آخر مزامنة في {0}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="650"/>
        <source>Fill in the server address, your user name and your password.</source>
        <translation>املأ عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="712"/>
        <source>Sent: {0} · received: {1}</source>
        <translation>أُرسل: {0} · استُلم: {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="772"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="772"/>
        <source>Not deleted</source>
        <translation>غير محذوف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="774"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="125"/>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="125"/>
        <source>Edit task</source>
        <translation>تعديل المهمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="140"/>
        <source>The task has a due time</source>
        <translation>للمهمة موعد نهائي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="147"/>
        <source>Remind me at this time</source>
        <translation>ذكّرني في هذا الوقت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="166"/>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="169"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="173"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="175"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="176"/>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="177"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="178"/>
        <source>Assigned to</source>
        <translation>مُسنَدة إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="179"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="218"/>
        <source>Contact: {0}</source>
        <translation>جهة الاتصال: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="223"/>
        <source>Company: {0}</source>
        <translation>الشركة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="228"/>
        <source>Deal: {0}</source>
        <translation>الصفقة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="233"/>
        <source>Case: {0}</source>
        <translation>التذكرة: {0}</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="215"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="216"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="217"/>
        <source>Upcoming</source>
        <translation>القادمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="218"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="270"/>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="250"/>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="259"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%Ln مهمة</numerusform>
            <numerusform>مهمة واحدة</numerusform>
            <numerusform>مهمتان</numerusform>
            <numerusform>%Ln مهام</numerusform>
            <numerusform>%Ln مهمة</numerusform>
            <numerusform>%Ln مهمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="264"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="265"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="266"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="267"/>
        <source>For</source>
        <translation>يخص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="268"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="295"/>
        <source>Assigned to</source>
        <translation>مُسنَدة إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="269"/>
        <source>Reminder</source>
        <translation>تذكير</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="275"/>
        <source>No due date</source>
        <translation>بلا موعد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="278"/>
        <source>⚠ Overdue: {0}</source>
        <translation>⚠ متأخرة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="283"/>
        <source>Case: {0}</source>
        <translation>التذكرة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="284"/>
        <source>Deal: {0}</source>
        <translation>الصفقة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="285"/>
        <source>Contact: {0}</source>
        <translation>جهة الاتصال: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="286"/>
        <source>Company: {0}</source>
        <translation>الشركة: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="305"/>
        <source>Open linked record</source>
        <translation>فتح السجل المرتبط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="313"/>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="313"/>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="446"/>
        <source>Mark done</source>
        <translation>تعليم كمنجزة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="446"/>
        <source>Mark not done</source>
        <translation>تعليم كغير منجزة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="414"/>
        <source>Undo marking %n task(s) done</source>
        <translation>
            <numerusform>التراجع عن تعليم %Ln مهمة كمنجزة</numerusform>
            <numerusform>التراجع عن تعليم مهمة واحدة كمنجزة</numerusform>
            <numerusform>التراجع عن تعليم مهمتين كمنجزتين</numerusform>
            <numerusform>التراجع عن تعليم %Ln مهام كمنجزة</numerusform>
            <numerusform>التراجع عن تعليم %Ln مهمة كمنجزة</numerusform>
            <numerusform>التراجع عن تعليم %Ln مهمة كمنجزة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="416"/>
        <source>Undo marking %n task(s) not done</source>
        <translation>
            <numerusform>التراجع عن تعليم %Ln مهمة كغير منجزة</numerusform>
            <numerusform>التراجع عن تعليم مهمة واحدة كغير منجزة</numerusform>
            <numerusform>التراجع عن تعليم مهمتين كغير منجزتين</numerusform>
            <numerusform>التراجع عن تعليم %Ln مهام كغير منجزة</numerusform>
            <numerusform>التراجع عن تعليم %Ln مهمة كغير منجزة</numerusform>
            <numerusform>التراجع عن تعليم %Ln مهمة كغير منجزة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="472"/>
        <source>{bucket} ({count})</source>
        <translation>{bucket} ({count})</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="188"/>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="188"/>
        <source>Edit person</source>
        <translation>تعديل الشخص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="193"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="194"/>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="195"/>
        <source>Seller</source>
        <translation>بائع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="196"/>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="199"/>
        <source>Works here now</source>
        <translation>يعمل هنا حاليًا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="202"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="203"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="204"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
</context>
<context>
    <name>UsersEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="364"/>
        <source>(left)</source>
        <translation>(غادر)</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="104"/>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="106"/>
        <source>CSV (from Excel, Google or Outlook), an Excel workbook or vCards from a phone.</source>
        <translation>ملف CSV (من Excel أو Google أو Outlook)، أو مصنّف Excel، أو بطاقات vCard من هاتف.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="109"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="115"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="116"/>
        <source>Companies</source>
        <translation>الشركات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="117"/>
        <source>Deals</source>
        <translation>الصفقات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="118"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="119"/>
        <source>Sales (one row per line)</source>
        <translation>المبيعات (صف لكل سطر)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="124"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="125"/>
        <source>The rows are</source>
        <translation>نوع الصفوف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="126"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="132"/>
        <source>Import a file</source>
        <translation>استيراد ملف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="134"/>
        <source>Tables and contacts (*.csv *.txt *.xlsx *.vcf *.vcard *.json);;All files (*)</source>
        <translation>الجداول وجهات الاتصال (*.csv *.txt *.xlsx *.vcf *.vcard *.json);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>_ListEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="308"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="309"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="310"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="168"/>
        <source>Which column is which</source>
        <translation>أيّ عمود يذهب إلى أيّ حقل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="169"/>
        <source>Check the field above each column; a column left out is not imported.</source>
        <translation>تحقّق من الحقل أعلى كل عمود؛ العمود المستبعَد لا يُستورَد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="177"/>
        <source>Save mapping…</source>
        <translation>حفظ الربط…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="181"/>
        <source>Mapping</source>
        <translation>الربط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="188"/>
        <source>Create new records and update matched ones</source>
        <translation>إنشاء سجلات جديدة وتحديث السجلات المطابقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="189"/>
        <source>Only create new records</source>
        <translation>إنشاء سجلات جديدة فقط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="190"/>
        <source>Only update matched records</source>
        <translation>تحديث السجلات المطابقة فقط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="194"/>
        <source>Find saved records by</source>
        <translation>مطابقة السجلات المحفوظة حسب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="195"/>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="213"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="218"/>
        <source>— leave out —</source>
        <translation>— استبعاد —</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="231"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="232"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="233"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="234"/>
        <source>SKU</source>
        <translation>الرمز (SKU)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="235"/>
        <source>Title and customer</source>
        <translation>العنوان والعميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="236"/>
        <source>Sale number</source>
        <translation>رقم عملية البيع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="237"/>
        <source>External ID</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="249"/>
        <source>Guessed from the headers</source>
        <translation>مُستنتَج من أسماء الأعمدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="273"/>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="282"/>
        <source>Save mapping</source>
        <translation>حفظ الربط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="273"/>
        <source>Name of the mapping:</source>
        <translation>اسم الربط:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="283"/>
        <source>A mapping called “{0}” is saved already. Replace it?</source>
        <translation>يوجد بالفعل ربط محفوظ باسم «{0}». أتريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="295"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>_ResultPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="399"/>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="405"/>
        <source>Undo this import</source>
        <translation>التراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="420"/>
        <source>Rejected rows, with the reason, are in &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;.</source>
        <translation>الصفوف المرفوضة، مع سبب رفضها، موجودة في &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="440"/>
        <source>The import was undone: its new records are deleted and its changes put back.</source>
        <translation>تم التراجع عن الاستيراد: حُذفت سجلاته الجديدة وأُعيدت التغييرات التي أجراها إلى ما كانت عليه.</translation>
    </message>
</context>
<context>
    <name>_ReviewPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="317"/>
        <source>What the import will do</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="318"/>
        <source>Nothing is saved yet. Go back to change the columns or the options.</source>
        <translation>لم يُحفَظ شيء بعد. ارجع لتغيير الأعمدة أو الخيارات.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="330"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="336"/>
        <source>Checking the rows…</source>
        <translation>جارٍ فحص الصفوف…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="344"/>
        <source>Checking the file</source>
        <translation>فحص الملف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="346"/>
        <source>Stopped.</source>
        <translation>أُوقف.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="367"/>
        <source>Imported {0} sales…</source>
        <translation>استُورد {0} من المبيعات…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="369"/>
        <source>Imported {0} rows…</source>
        <translation>استُورد {0} من الصفوف…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="382"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="385"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>أُلغي الاستيراد؛ لم يُحفَظ شيء.</translation>
    </message>
</context>
<context>
    <name>export_everything</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="24"/>
        <source>Export everything</source>
        <translation>تصدير كل شيء</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="26"/>
        <source>CRM Desktop archive (*.json)</source>
        <translation>أرشيف CRM Desktop (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="44"/>
        <source>Exporting everything…</source>
        <translation>جارٍ تصدير كل شيء…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="51"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="60"/>
        <source>Wrote {count} records to {file}.

It holds everything in this database, the bin included. To restore it, import it into a new, empty database.</source>
        <translation>كُتب {count} سجلًا في {file}.

يحتوي على كل ما في قاعدة البيانات هذه، بما في ذلك سلة المحذوفات. لاستعادته، استورده في قاعدة بيانات جديدة فارغة.</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <location filename="../../src/crm_desktop/ui/application.py" line="122"/>
        <source>Making sample data…</source>
        <translation>جارٍ إنشاء البيانات النموذجية…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="63"/>
        <source>Discard the changes you made?</source>
        <translation>تجاهل التغييرات التي أجريتها؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="662"/>
        <source>This version cannot print that yet.</source>
        <translation>لا يستطيع هذا الإصدار طباعة ذلك بعد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="669"/>
        <source>The report shows what is saved, without the changes made here. Print it anyway?</source>
        <translation>يعرض التقرير ما هو محفوظ، دون التغييرات التي أُجريت هنا. هل تطبعه مع ذلك؟</translation>
    </message>
</context>
<context>
    <name>run_with_progress</name>
    <message>
        <location filename="../../src/crm_desktop/ui/progress.py" line="49"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>translator</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="214"/>
        <source>Not escalated</source>
        <translation>غير مصعَّدة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="215"/>
        <source>Escalation level {0} of {1}</source>
        <translation>مستوى التصعيد {0} من {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="217"/>
        <source>(since {0})</source>
        <translation>(منذ {0})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="671"/>
        <source>No SLA</source>
        <translation>بلا مهلة خدمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="674"/>
        <source>Due {0}</source>
        <translation>الموعد {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="676"/>
        <source>Met: resolved {0}, due {1}</source>
        <translation>ضمن المهلة: حُلَّت {0}، والموعد {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="679"/>
        <source>Missed: resolved {0}, due {1}</source>
        <translation>تجاوزت المهلة: حُلَّت {0}، والموعد {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="683"/>
        <source>⚠ Overdue by {0} (due {1})</source>
        <translation>⚠ متأخرة {0} (الموعد {1})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="686"/>
        <source>Due {0} ({1} left)</source>
        <translation>الموعد {0} (متبقٍّ {1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="70"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="73"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="32"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="295"/>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="33"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="296"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="34"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="298"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="35"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="297"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="60"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="239"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="36"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="299"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="64"/>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="37"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="300"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="61"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="38"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="301"/>
        <source>Stage change</source>
        <translation>تغيير المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="44"/>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="45"/>
        <source>We contacted them</source>
        <translation>تواصلنا معهم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="46"/>
        <source>They contacted us</source>
        <translation>تواصلوا معنا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="42"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="43"/>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="75"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="44"/>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="45"/>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="46"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="50"/>
        <source>Lead</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="51"/>
        <source>Prospect</source>
        <translation>عميل مرتقب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="52"/>
        <source>Customer</source>
        <comment>lifecycle</comment>
        <translation>عميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="53"/>
        <source>Former customer</source>
        <translation>عميل سابق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="59"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="240"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="62"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="63"/>
        <source>Post</source>
        <translation>البريد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="65"/>
        <source>Web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="66"/>
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="67"/>
        <source>Walk-in</source>
        <translation>زيارة المتجر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="76"/>
        <source>Won</source>
        <translation>رابحة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="77"/>
        <source>Lost</source>
        <translation>خاسرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="86"/>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="87"/>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="88"/>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="89"/>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="73"/>
        <source>Contact directory</source>
        <translation>دليل جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="74"/>
        <source>Customer sheet</source>
        <translation>بطاقة العميل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="75"/>
        <source>Quote</source>
        <translation>عرض السعر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="76"/>
        <source>Pipeline and forecast</source>
        <translation>مسار المبيعات والتوقعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="77"/>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="78"/>
        <source>Cases</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="79"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="90"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="223"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="91"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="251"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="92"/>
        <source>Assigned to</source>
        <translation>مُسنَدة إلى</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="93"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="222"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="250"/>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="94"/>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="110"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="213"/>
        <source>Company</source>
        <translation>الشركة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="95"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="212"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="96"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="214"/>
        <source>Deal</source>
        <translation>صفقة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="97"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="215"/>
        <source>Case</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="98"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="248"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="99"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="100"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="221"/>
        <source>Pipeline</source>
        <translation>مسار المبيعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="101"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="217"/>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="102"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="109"/>
        <source>First letter</source>
        <translation>الحرف الأول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="216"/>
        <source>Task</source>
        <translation>مهمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="218"/>
        <source>Sale</source>
        <translation>عملية بيع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="219"/>
        <source>Article</source>
        <translation>مقالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="220"/>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="224"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="225"/>
        <source>Phone or email</source>
        <translation>هاتف أو بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="226"/>
        <source>Setting</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="233"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="236"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="234"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="235"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="237"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="238"/>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="241"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="242"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="243"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="244"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="245"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="246"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="247"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="249"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="252"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="253"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="448"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="449"/>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="450"/>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="451"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="457"/>
        <source>{0} to create, {1} to update, {2} skipped, {3} rejected.</source>
        <translation>للإنشاء: {0}، للتحديث: {1}، المتخطّاة: {2}، المرفوضة: {3}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="461"/>
        <source>{0} created, {1} updated, {2} skipped, {3} rejected.</source>
        <translation>المُنشأة: {0}، المُحدَّثة: {1}، المتخطّاة: {2}، المرفوضة: {3}.</translation>
    </message>
</context>
</TS>
