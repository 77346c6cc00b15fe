<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="35"/>
        <source>About CRM Desktop</source>
        <translation>درباره CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="47"/>
        <source>Version {version}</source>
        <translation>نسخه {version}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="60"/>
        <source>Open data folder</source>
        <translation>باز کردن پوشه داده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="67"/>
        <source>Free software under the GNU General Public License, version 3 or later (&lt;a href=&quot;{url}&quot;&gt;{licence}&lt;/a&gt;). It comes with no warranty.</source>
        <translation>نرم‌افزار آزاد با پروانه عمومی همگانی گنو، نسخه ۳ یا بالاتر (&lt;a href=&quot;{url}&quot;&gt;{licence}&lt;/a&gt;). بدون هیچ ضمانتی ارائه می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="74"/>
        <source>Built with Qt {qt} (PySide6 {pyside}), under the LGPL.</source>
        <translation>ساخته‌شده با Qt {qt} ‏(PySide6 {pyside})، تحت پروانه LGPL.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="80"/>
        <source>Data file:</source>
        <translation>پرونده داده‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="81"/>
        <source>Data folder:</source>
        <translation>پوشه داده‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="82"/>
        <source>Log files:</source>
        <translation>پرونده‌های گزارش کار:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="117"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="118"/>
        <source>Not recorded</source>
        <translation>ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="121"/>
        <source>What came of it: ordered, call back, not interested…</source>
        <translation>نتیجه چه شد: سفارش داد، تماس دوباره، علاقه‌ای ندارد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="124"/>
        <source>What was said or agreed</source>
        <translation>آنچه گفته یا توافق شد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="127"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="128"/>
        <source>Who called</source>
        <translation>چه کسی تماس گرفت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="129"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="130"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="131"/>
        <source>Duration</source>
        <translation>مدت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="132"/>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="133"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="151"/>
        <source>Log a call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="152"/>
        <source>Log a meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="153"/>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="154"/>
        <source>Log an email</source>
        <translation>ثبت ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="155"/>
        <source>Log a visit</source>
        <translation>ثبت بازدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="156"/>
        <source>Log an SMS</source>
        <translation>ثبت پیامک</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="159"/>
        <source>Edit activity</source>
        <translation>ویرایش فعالیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="159"/>
        <source>Log</source>
        <translation>ثبت</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../src/crm_desktop/ui/session.py" line="64"/>
        <source>Something went wrong: {0}</source>
        <translation>مشکلی پیش آمد: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="162"/>
        <source>Separate tags with commas</source>
        <translation>برچسب‌ها را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="163"/>
        <source>Published (suggested for cases and shown to everyone)</source>
        <translation>منتشرشده (برای تیکت‌ها پیشنهاد می‌شود و همه آن را می‌بینند)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="168"/>
        <source>Write the article. Markdown works: # Heading, **bold**, - lists.</source>
        <translation>مقاله را بنویسید. Markdown کار می‌کند: # عنوان، **پررنگ**، - فهرست‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="175"/>
        <source>Write</source>
        <translation>نوشتن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="176"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="185"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="186"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="187"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="192"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="196"/>
        <source>Discard changes</source>
        <translation>کنار گذاشتن تغییرات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="233"/>
        <source>New article</source>
        <translation>مقاله جدید</translation>
    </message>
</context>
<context>
    <name>ArticlesList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="58"/>
        <source>Articles</source>
        <translation>مقاله‌ها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="64"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln مقاله</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="68"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="69"/>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="72"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="73"/>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="90"/>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="73"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="78"/>
        <source>Changed</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="89"/>
        <source>Published and drafts</source>
        <translation>منتشرشده‌ها و پیش‌نویس‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="91"/>
        <source>Drafts</source>
        <translation>پیش‌نویس‌ها</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="159"/>
        <source>Nothing to show yet.</source>
        <translation>هنوز چیزی برای نمایش نیست.</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="52"/>
        <source>A PNG or JPEG file for report headers</source>
        <translation>فایل PNG یا JPEG برای سربرگ گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="62"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="63"/>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجری قمری (ام‌القری)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="64"/>
        <source>Persian (Jalali)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="72"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="73"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="74"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="75"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="79"/>
        <source> h</source>
        <translation> ساعت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="84"/>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="84"/>
        <source>Value in main currency</source>
        <translation>ارزش به ارز اصلی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="86"/>
        <source>Add a currency</source>
        <translation>افزودن ارز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="92"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="95"/>
        <source>Business name</source>
        <translation>نام کسب‌وکار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="96"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="97"/>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="98"/>
        <source>Main currency</source>
        <translation>ارز اصلی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="99"/>
        <source>Country for phone numbers</source>
        <translation>کشور برای شماره‌های تلفن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="100"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="101"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="102"/>
        <source>Time to resolve a case</source>
        <translation>مهلت حل تیکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="108"/>
        <source>Exchange rates</source>
        <translation>نرخ‌های ارز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="109"/>
        <source>Quote terms</source>
        <translation>شرایط پیش‌فاکتور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="110"/>
        <source>Quotes valid for</source>
        <translation>مدت اعتبار پیش‌فاکتورها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="114"/>
        <source>Save settings</source>
        <translation>ذخیره تنظیمات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="177"/>
        <source>Settings saved.</source>
        <translation>تنظیمات ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="322"/>
        <source>Choose a case in the queue to work on it here.</source>
        <translation>یک تیکت را از صف انتخاب کنید تا اینجا روی آن کار کنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="353"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="354"/>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="355"/>
        <source>Resolved…</source>
        <translation>حل‌شده…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="356"/>
        <source>Closed…</source>
        <translation>بسته…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="357"/>
        <source>Reopen</source>
        <translation>بازگشایی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="369"/>
        <source>Escalate…</source>
        <translation>ارجاع به سطح بالاتر…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="372"/>
        <source>Add note…</source>
        <translation>افزودن یادداشت…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="375"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="379"/>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="399"/>
        <source>Case</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="400"/>
        <source>Suggested articles</source>
        <translation>مقاله‌های پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="401"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="404"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="405"/>
        <source>SLA</source>
        <translation>مهلت خدمت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="406"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="407"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="408"/>
        <source>Escalation</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="462"/>
        <source>{status} · {priority} priority</source>
        <translation>{status} · اولویت {priority}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="474"/>
        <source>Nobody linked</source>
        <translation>کسی مرتبط نیست</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="476"/>
        <source>Came in by {0}</source>
        <translation>دریافت از طریق {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="477"/>
        <source>opened {0}</source>
        <translation>باز شده در {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="480"/>
        <source>Product: {0}</source>
        <translation>محصول: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="489"/>
        <source>No description</source>
        <translation>بدون شرح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="490"/>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="514"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="541"/>
        <source>No article matches this case.</source>
        <translation>هیچ مقاله‌ای با این تیکت جور نیست.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="544"/>
        <source>Suggested articles (%n)</source>
        <translation>
            <numerusform>مقاله‌های پیشنهادی (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="567"/>
        <source>Activity (%n)</source>
        <translation>
            <numerusform>فعالیت (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="618"/>
        <source>Resolve case</source>
        <translation>حل تیکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="618"/>
        <source>Close case</source>
        <translation>بستن تیکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="619"/>
        <source>How was “{0}” resolved? The customer may be told this.</source>
        <translation>«{0}» چگونه حل شد؟ ممکن است این به مشتری گفته شود.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="637"/>
        <source>Escalate case</source>
        <translation>ارجاع تیکت به سطح بالاتر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="638"/>
        <source>Why does “{0}” need escalating? The reason is kept with the case.</source>
        <translation>چرا «{0}» باید به سطح بالاتر ارجاع شود؟ دلیل همراه تیکت نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="648"/>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="648"/>
        <source>Note on “{0}”:</source>
        <translation>یادداشت برای «{0}»:</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="75"/>
        <source>New case</source>
        <translation>تیکت جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="75"/>
        <source>Edit case</source>
        <translation>ویرایش تیکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="85"/>
        <source>What the customer reported, in their words</source>
        <translation>آنچه مشتری گزارش داد، با کلمات خودش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="101"/>
        <source>No product</source>
        <translation>بدون محصول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="108"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="116"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="117"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="118"/>
        <source>Came in by</source>
        <translation>کانال دریافت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="119"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="120"/>
        <source>SLA due</source>
        <translation>سررسید مهلت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="121"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="122"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="123"/>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="124"/>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="143"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="193"/>
        <source>{when} (%n hour(s) after it was opened)</source>
        <translation>
            <numerusform>{when} (%Ln ساعت پس از باز شدن)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="214"/>
        <source>Pick the contact from the list (or clear the field).</source>
        <translation>مخاطب را از فهرست انتخاب کنید (یا فیلد را خالی کنید).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="215"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>شرکت را از فهرست انتخاب کنید (یا فیلد را خالی کنید).</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="207"/>
        <source>Overdue: it was due {0}.</source>
        <translation>دیرکرد: سررسید آن {0} بود.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="736"/>
        <source>Cases</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="745"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%Ln تیکت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="751"/>
        <source>SLA due</source>
        <translation>سررسید مهلت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="752"/>
        <source>SLA</source>
        <translation>مهلت خدمت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="753"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="754"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="755"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="756"/>
        <source>Escalation</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="757"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="758"/>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="759"/>
        <source>Opened</source>
        <translation>زمان باز شدن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="768"/>
        <source>Met</source>
        <translation>در مهلت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="768"/>
        <source>Missed</source>
        <translation>خارج از مهلت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="772"/>
        <source>⚠ Overdue by {0}</source>
        <translation>⚠ {0} دیرکرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="773"/>
        <source>{0} left</source>
        <translation>{0} مانده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="776"/>
        <source>Level {0}</source>
        <translation>سطح {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="781"/>
        <source>Open queue</source>
        <translation>صف باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="782"/>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="787"/>
        <source>Any priority</source>
        <translation>هر اولویتی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="793"/>
        <source>Overdue only</source>
        <translation>فقط دیرکردها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="795"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="950"/>
        <source>My cases</source>
        <translation>تیکت‌های من</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="808"/>
        <source>Anyone</source>
        <translation>هر کسی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="808"/>
        <source>Nobody yet</source>
        <translation>هنوز هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="865"/>
        <source>Assign to</source>
        <translation>واگذاری به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="866"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="950"/>
        <source>Which user are you?</source>
        <translation>کدام کاربر هستید؟</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="56"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="65"/>
        <source>%n company(s)</source>
        <translation>
            <numerusform>%Ln شرکت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="70"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="71"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="72"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="75"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="81"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="82"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="83"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="86"/>
        <source>Changed</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="110"/>
        <source>Any tag</source>
        <translation>هر برچسبی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="111"/>
        <source>Any owner</source>
        <translation>هر مسئولی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="161"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="162"/>
        <source>Add a tag…</source>
        <translation>افزودن برچسب…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="163"/>
        <source>Assign owner</source>
        <translation>تعیین مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="164"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="181"/>
        <source>Add a tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="181"/>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="37"/>
        <source>New company</source>
        <translation>شرکت جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="37"/>
        <source>Edit company</source>
        <translation>ویرایش شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="52"/>
        <source>Its id in the program it was imported from</source>
        <translation>شناسه آن در برنامه‌ای که از آن درون‌ریزی شده است</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="57"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="62"/>
        <source>Separate tags with commas</source>
        <translation>برچسب‌ها را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="77"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="78"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="79"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="80"/>
        <source>Tax number</source>
        <translation>شماره مالیاتی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="81"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="82"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="83"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="84"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="85"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="88"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="89"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="90"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="91"/>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="92"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="93"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="94"/>
        <source>External ID</source>
        <translation>شناسه خارجی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="95"/>
        <source>Address and notes</source>
        <translation>نشانی و یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="99"/>
        <source>More fields</source>
        <translation>فیلدهای بیشتر</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="81"/>
        <source>New contact</source>
        <translation>مخاطب جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="81"/>
        <source>Edit contact</source>
        <translation>ویرایش مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="88"/>
        <source>From the given and family names</source>
        <translation>از نام و نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="99"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="103"/>
        <source>Separate tags with commas</source>
        <translation>برچسب‌ها را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="106"/>
        <source>Their id in the program they were imported from</source>
        <translation>شناسه او در برنامه‌ای که از آن درون‌ریزی شده است</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="110"/>
        <source>Not known</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="122"/>
        <source>No preference</source>
        <translation>بدون ترجیح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="125"/>
        <source>Do not call</source>
        <translation>تماس تلفنی نگیرید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="126"/>
        <source>Do not email</source>
        <translation>ایمیل نفرستید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="127"/>
        <source>Do not send SMS</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="128"/>
        <source>Do not send post</source>
        <translation>نامه پستی نفرستید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="129"/>
        <source>Agreed to receive marketing</source>
        <translation>با دریافت پیام‌های بازاریابی موافقت کرده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="132"/>
        <source>How this person likes to be served</source>
        <translation>این فرد دوست دارد چگونه به او خدمت شود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="141"/>
        <source>Choose photo…</source>
        <translation>انتخاب عکس…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="143"/>
        <source>Remove photo</source>
        <translation>حذف عکس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="158"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="159"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="160"/>
        <source>Shown as</source>
        <translation>نمایش به نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="161"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="162"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="163"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="164"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="165"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="166"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="167"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="168"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="169"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="172"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="173"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="174"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="175"/>
        <source>External ID</source>
        <translation>شناسه خارجی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="176"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="177"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="178"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="179"/>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="180"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="181"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="182"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="185"/>
        <source>Preferred channel</source>
        <translation>کانال ترجیحی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="190"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="191"/>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="195"/>
        <source>More fields</source>
        <translation>فیلدهای بیشتر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="212"/>
        <source>Choose a photo</source>
        <translation>عکسی انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="214"/>
        <source>Pictures ({patterns})</source>
        <translation>تصاویر ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="241"/>
        <source>No photo</source>
        <translation>بدون عکس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="283"/>
        <source>Agreed on {0}</source>
        <translation>موافقت در {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="326"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>شرکت را از فهرست انتخاب کنید (یا فیلد را خالی کنید).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="372"/>
        <source>Possible duplicate</source>
        <translation>احتمال تکراری بودن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="373"/>
        <source>This may be someone you have saved already:</source>
        <translation>شاید این کسی باشد که پیش‌تر ذخیره کرده‌اید:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="375"/>
        <source>Save anyway</source>
        <translation>با این حال ذخیره کن</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="37"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="43"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="48"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="49"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="50"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="51"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="52"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="55"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="60"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="63"/>
        <source>Changed</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="74"/>
        <source>Any stage</source>
        <translation>هر مرحله‌ای</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="85"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="99"/>
        <source>Any field</source>
        <translation>هر فیلدی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="105"/>
        <source>Any tag</source>
        <translation>هر برچسبی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="107"/>
        <source>Any owner</source>
        <translation>هر مسئولی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="149"/>
        <source>Add a tag…</source>
        <translation>افزودن برچسب…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="150"/>
        <source>Assign owner</source>
        <translation>تعیین مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="153"/>
        <source>Change stage</source>
        <translation>تغییر مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="167"/>
        <source>Add a tag</source>
        <translation>افزودن برچسب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="167"/>
        <source>Tag:</source>
        <translation>برچسب:</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="233"/>
        <source>Custom field</source>
        <translation>فیلد سفارشی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="236"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="237"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="238"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="246"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="247"/>
        <source>Number</source>
        <comment>field type</comment>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="248"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="249"/>
        <source>Choice</source>
        <translation>انتخابی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="250"/>
        <source>Yes / no</source>
        <translation>بله / خیر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="254"/>
        <source>For a choice: the options, separated by commas</source>
        <translation>برای فیلد انتخابی: گزینه‌ها، جداشده با ویرگول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="255"/>
        <source>Must be filled in</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="257"/>
        <source>For</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="258"/>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="259"/>
        <source>Label</source>
        <translation>عنوان نمایشی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="260"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="261"/>
        <source>Choices</source>
        <translation>گزینه‌ها</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="262"/>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="287"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="289"/>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="292"/>
        <source>Log meeting</source>
        <translation>ثبت جلسه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="295"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="298"/>
        <source>New task</source>
        <translation>وظیفه جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="301"/>
        <source>New deal</source>
        <translation>معامله جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="304"/>
        <source>New case</source>
        <translation>تیکت جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="306"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="307"/>
        <source>Details, open deals, purchases, cases and recent activities</source>
        <translation>جزئیات، معاملات باز، خریدها، تیکت‌ها و فعالیت‌های اخیر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="327"/>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="329"/>
        <source>More fields</source>
        <translation>فیلدهای بیشتر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="331"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="339"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="341"/>
        <source>Emails</source>
        <translation>ایمیل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="343"/>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="345"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="351"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="719"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="364"/>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Amount or status</source>
        <translation>مبلغ یا وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="373"/>
        <source>Show more</source>
        <translation>نمایش بیشتر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="385"/>
        <source>Open deals</source>
        <translation>معاملات باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="853"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="391"/>
        <source>Open cases</source>
        <translation>تیکت‌های باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="852"/>
        <source>Case</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="397"/>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <source>Sales</source>
        <translation>فروش‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Times</source>
        <translation>دفعات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="463"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="495"/>
        <source>Loading…</source>
        <translation>در حال بارگذاری…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="602"/>
        <source>This contact is in the bin.</source>
        <translation>این مخاطب در سطل بازیافت است.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="604"/>
        <source>This company is in the bin.</source>
        <translation>این شرکت در سطل بازیافت است.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="623"/>
        <source>No notes.</source>
        <translation>یادداشتی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="658"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="664"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="727"/>
        <source>Owner: {0}</source>
        <translation>مسئول: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="669"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="699"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="767"/>
        <source>Do not call</source>
        <translation>تماس تلفنی نگیرید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="670"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="700"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="769"/>
        <source>Do not email</source>
        <translation>ایمیل نفرستید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="671"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="701"/>
        <source>Do not send SMS</source>
        <translation>پیامک نفرستید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="672"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="702"/>
        <source>Do not send post</source>
        <translation>نامه پستی نفرستید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="676"/>
        <source>Do not contact: {0}</source>
        <translation>تماس ممنوع: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="680"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="681"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="724"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="682"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="737"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="683"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="738"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="684"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="685"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="686"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="687"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="736"/>
        <source>External ID</source>
        <translation>شناسه خارجی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="688"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="739"/>
        <source>Added</source>
        <translation>تاریخ افزودن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="695"/>
        <source>Prefers</source>
        <translation>ترجیح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="696"/>
        <source>No preference</source>
        <translation>بدون ترجیح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="699"/>
        <source>Calls are welcome</source>
        <translation>تماس تلفنی مجاز است</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="700"/>
        <source>Emails are welcome</source>
        <translation>ایمیل مجاز است</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="701"/>
        <source>SMS are welcome</source>
        <translation>پیامک مجاز است</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="702"/>
        <source>Post is welcome</source>
        <translation>نامه پستی مجاز است</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="709"/>
        <source>Agreed on {0}</source>
        <translation>موافقت در {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="711"/>
        <source>Agreed</source>
        <translation>موافقت کرده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="713"/>
        <source>Not agreed</source>
        <translation>موافقت نکرده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="715"/>
        <source>Marketing</source>
        <translation>بازاریابی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="728"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln مخاطب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="733"/>
        <source>Industry</source>
        <translation>صنعت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="734"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="735"/>
        <source>Tax number</source>
        <translation>شماره مالیاتی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="752"/>
        <source>work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="753"/>
        <source>home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="754"/>
        <source>mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="755"/>
        <source>fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="756"/>
        <source>other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="770"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="771"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="775"/>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="786"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="786"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="805"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و %Ln نفر دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="820"/>
        <source>Timeline (%n entries)</source>
        <translation>
            <numerusform>خط زمانی (%Ln مورد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="822"/>
        <source>Timeline (newest %n)</source>
        <translation>
            <numerusform>خط زمانی (%Ln مورد آخر)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="847"/>
        <source>in</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="847"/>
        <source>out</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="851"/>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="854"/>
        <source>Sale</source>
        <translation>فروش</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="861"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="865"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="867"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="955"/>
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="869"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="895"/>
        <source>Due {0}</source>
        <translation>سررسید {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="871"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="903"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="902"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="904"/>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="905"/>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="906"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="911"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="912"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="913"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="914"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="928"/>
        <source>Weighted: {0} ({1} %)</source>
        <translation>وزنی: {0} ({1}٪)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="935"/>
        <source>Open deals: %n, worth {0}</source>
        <translation>
            <numerusform>معاملات باز: %Ln، به ارزش {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="940"/>
        <source>Open deals: none</source>
        <translation>معاملات باز: هیچ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="957"/>
        <source>Escalated to level {0}</source>
        <translation>به سطح {0} ارجاع شد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="960"/>
        <source>Open cases: %n</source>
        <translation>
            <numerusform>تیکت‌های باز: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="960"/>
        <source>Open cases: none</source>
        <translation>تیکت‌های باز: هیچ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="962"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln مورد دارای دیرکرد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="969"/>
        <source>No purchases yet.</source>
        <translation>هنوز خریدی ثبت نشده است.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="979"/>
        <source>%n sale(s), {0} in all; the last on {1}</source>
        <translation>
            <numerusform>%Ln فروش، جمعاً {0}؛ آخرین در {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="990"/>
        <source>(no description)</source>
        <translation>(بدون شرح)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="1054"/>
        <source>This version cannot create that yet.</source>
        <translation>این نسخه هنوز نمی‌تواند آن را بسازد.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="475"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="544"/>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="480"/>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="487"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="506"/>
        <source>No open deals.</source>
        <translation>معامله بازی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="510"/>
        <source>No open cases.</source>
        <translation>تیکت بازی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="514"/>
        <source>No sales in the last twelve months.</source>
        <translation>در دوازده ماه گذشته فروشی نبوده است.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="516"/>
        <source>Pipeline by stage</source>
        <translation>قیف فروش بر اساس مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="517"/>
        <source>Open cases by priority</source>
        <translation>تیکت‌های باز بر اساس اولویت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="518"/>
        <source>Sales by month</source>
        <translation>فروش بر اساس ماه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="548"/>
        <source>Open pipeline</source>
        <translation>ارزش معاملات باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="549"/>
        <source>Forecast this month (weighted)</source>
        <translation>پیش‌بینی این ماه (وزنی)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="550"/>
        <source>Forecast next month (weighted)</source>
        <translation>پیش‌بینی ماه بعد (وزنی)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="551"/>
        <source>Won this month</source>
        <translation>موفق در این ماه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="552"/>
        <source>New contacts this month</source>
        <translation>مخاطبان جدید این ماه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="553"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="742"/>
        <source>Open cases</source>
        <translation>تیکت‌های باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="554"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="743"/>
        <source>Overdue cases</source>
        <translation>تیکت‌های دارای دیرکرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="555"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="744"/>
        <source>Overdue tasks</source>
        <translation>وظایف دارای دیرکرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="587"/>
        <source>The figures could not be counted: {0}</source>
        <translation>ارقام محاسبه نشد: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="610"/>
        <source>As of {time} · amounts in {currency}</source>
        <translation>تا {time} · مبالغ به {currency}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="617"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln معامله باز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="629"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%Ln معامله موفق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="634"/>
        <source>new, open or waiting</source>
        <translation>جدید، باز یا در انتظار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="637"/>
        <source>past their SLA time</source>
        <translation>گذشته از مهلت خدمت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="642"/>
        <source>not done, past due</source>
        <translation>انجام‌نشده و سررسیدگذشته</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="653"/>
        <source>%n deal(s) closing in {month}</source>
        <translation>
            <numerusform>%Ln معامله که در {month} بسته می‌شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="666"/>
        <source>{stage}: %n deal(s), {amount}</source>
        <translation>
            <numerusform>{stage}: %Ln معامله، {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="672"/>
        <source>open deals, value in {0}</source>
        <translation>معاملات باز، ارزش به {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="676"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="677"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="678"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="679"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="686"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln مورد دارای دیرکرد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="696"/>
        <source>{priority}: %n open case(s)</source>
        <translation>
            <numerusform>{priority}: %Ln تیکت باز</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="706"/>
        <source>darker: overdue</source>
        <translation>تیره‌تر: دارای دیرکرد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="717"/>
        <source>{month}: %n sale(s), {amount}</source>
        <translation>
            <numerusform>{month}: %Ln فروش، {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="728"/>
        <source>last twelve months, in {0}</source>
        <translation>دوازده ماه گذشته، به {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="735"/>
        <source>Open deals</source>
        <translation>معاملات باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="736"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="737"/>
        <source>Open deals closing in {0}</source>
        <translation>معاملات بازی که در {0} بسته می‌شوند</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="740"/>
        <source>Deals won in {0}</source>
        <translation>معاملات موفق در {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="741"/>
        <source>Contacts added in {0}</source>
        <translation>مخاطبان افزوده‌شده در {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="756"/>
        <source>Deals in {0}</source>
        <translation>معاملات در مرحله {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="761"/>
        <source>Open cases: {0}</source>
        <translation>تیکت‌های باز: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="767"/>
        <source>Sales in {0}</source>
        <translation>فروش‌ها در {0}</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="300"/>
        <source>New deal</source>
        <translation>معامله جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="300"/>
        <source>Edit deal</source>
        <translation>ویرایش معامله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="327"/>
        <source>Why the customer said no</source>
        <translation>چرا مشتری نه گفت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="345"/>
        <source>The deal has an expected close date</source>
        <translation>معامله تاریخ بستن پیش‌بینی‌شده دارد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="362"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="366"/>
        <source>Separate tags with commas</source>
        <translation>برچسب‌ها را با ویرگول جدا کنید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="379"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="380"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="381"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="382"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="383"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="384"/>
        <source>Lost because</source>
        <translation>دلیل ناموفق بودن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="386"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="387"/>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="393"/>
        <source>Exchange rate</source>
        <translation>نرخ ارز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="399"/>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="400"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="401"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="402"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="403"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="406"/>
        <source>Products offered</source>
        <translation>محصولات پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="407"/>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="410"/>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="411"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="415"/>
        <source>More fields</source>
        <translation>فیلدهای بیشتر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="436"/>
        <source>Print quote…</source>
        <translation>چاپ پیش‌فاکتور…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="529"/>
        <source>From the stage ({0} %)</source>
        <translation>بر اساس مرحله ({0}٪)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="556"/>
        <source>{0} for 1 {1}</source>
        <translation>{0} به ازای 1 {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="561"/>
        <source>The total of the products offered</source>
        <translation>جمع محصولات پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="621"/>
        <source>Pick the contact from the list (or clear the field).</source>
        <translation>مخاطب را از فهرست انتخاب کنید (یا فیلد را خالی کنید).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="622"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>شرکت را از فهرست انتخاب کنید (یا فیلد را خالی کنید).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="646"/>
        <source>Line {0}: {1}</source>
        <translation>ردیف {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="659"/>
        <source>Close without saving your changes?</source>
        <translation>بدون ذخیره تغییرات بسته شود؟</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="105"/>
        <source>Find duplicates</source>
        <translation>یافتن تکراری‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="107"/>
        <source>Looking for contacts that are probably the same person…</source>
        <translation>در حال یافتن مخاطبانی که احتمالاً یک نفرند…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="110"/>
        <source>Likely duplicates</source>
        <translation>تکراری‌های احتمالی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="111"/>
        <source>Past merges</source>
        <translation>ادغام‌های پیشین</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="136"/>
        <source>Keep the other one</source>
        <translation>دیگری را نگه دار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>Stays</source>
        <translation>ماندگار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Merged into it</source>
        <translation>ادغام‌شده در آن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>After the merge</source>
        <translation>پس از ادغام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="154"/>
        <source>The activities, deals, cases, sales and tasks of the contact merged into the other move to it, with the emails, phones and tags it lacks; a “do not contact” of either stays. It then goes to the bin. Past merges can separate them again.</source>
        <translation>فعالیت‌ها، معاملات، تیکت‌ها، فروش‌ها و وظایف مخاطبی که در دیگری ادغام می‌شود به آن منتقل می‌شوند، همراه با ایمیل‌ها، تلفن‌ها و برچسب‌هایی که آن ندارد؛ «تماس ممنوع» هر کدام باقی می‌ماند. سپس به سطل بازیافت می‌رود. در «ادغام‌های پیشین» می‌توان آن دو را دوباره جدا کرد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="160"/>
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Merged on</source>
        <translation>تاریخ ادغام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Stayed</source>
        <translation>ماندگار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Undone on</source>
        <translation>تاریخ واگرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="194"/>
        <source>Unmerge…</source>
        <translation>جدا کردن…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="226"/>
        <source>Likely duplicates: {0}. Choose a pair, which contact stays and which values it keeps, then Merge.</source>
        <translation>تکراری‌های احتمالی: {0}. یک جفت را انتخاب کنید، و اینکه کدام مخاطب بماند و کدام مقدارها را نگه دارد، سپس «ادغام» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="298"/>
        <source>“{0}” stays; “{1}” is merged into it.</source>
        <translation>«{0}» می‌ماند؛ «{1}» در آن ادغام می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="339"/>
        <source>Both, one after the other</source>
        <translation>هر دو، یکی پس از دیگری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="359"/>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="364"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="388"/>
        <source>Given name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="389"/>
        <source>Family name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="390"/>
        <source>Shown as</source>
        <translation>نمایش به نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="391"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="392"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="393"/>
        <source>Birthday</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="394"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="395"/>
        <source>Preferred channel</source>
        <translation>کانال ترجیحی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="396"/>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="397"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="398"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="399"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="400"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="401"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="402"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="403"/>
        <source>Region</source>
        <translation>استان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="404"/>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="405"/>
        <source>Country</source>
        <translation>کشور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="416"/>
        <source>Merge “{1}” into “{0}”?

The history, emails, phones and tags of “{1}” move to “{0}”, which takes the values chosen; “{1}” goes to the bin.</source>
        <translation>«{1}» در «{0}» ادغام شود؟

سابقه، ایمیل‌ها، تلفن‌ها و برچسب‌های «{1}» به «{0}» منتقل می‌شوند که مقدارهای انتخاب‌شده را می‌گیرد؛ «{1}» به سطل بازیافت می‌رود.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="426"/>
        <source>“{1}” was merged into “{0}”.</source>
        <translation>«{1}» در «{0}» ادغام شد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="468"/>
        <source>Past merges ({0})</source>
        <translation>ادغام‌های پیشین ({0})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="492"/>
        <source>Separate “{1}” from “{0}” again?

“{1}” comes back from the bin with what was moved from it, and “{0}” gets back the values it had before the merge.</source>
        <translation>«{1}» دوباره از «{0}» جدا شود؟

«{1}» با آنچه از آن منتقل شده بود از سطل بازیافت برمی‌گردد و «{0}» مقدارهایی را که پیش از ادغام داشت پس می‌گیرد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="506"/>
        <source>“{1}” and “{0}” are separate again.</source>
        <translation>«{1}» و «{0}» دوباره جدا شدند.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="164"/>
        <source>Undo merge</source>
        <translation>واگرد ادغام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="233"/>
        <source>No likely duplicates.</source>
        <translation>تکراری احتمالی‌ای نیست.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="63"/>
        <source>Export {0}</source>
        <translation>برون‌بری {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="66"/>
        <source>The whole list, as it is filtered now</source>
        <translation>کل فهرست، همان‌طور که اکنون فیلتر شده است</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="68"/>
        <source>The whole list, as it is filtered now (%n row(s))</source>
        <translation>
            <numerusform>کل فهرست، همان‌طور که اکنون فیلتر شده است (%Ln ردیف)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="70"/>
        <source>Only the selected rows (%n)</source>
        <translation>
            <numerusform>فقط ردیف‌های انتخاب‌شده (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="96"/>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="99"/>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="110"/>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="111"/>
        <source>Format</source>
        <translation>قالب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="122"/>
        <source>CSV, for Excel, Google or Outlook (.csv)</source>
        <translation>CSV، برای Excel، Google یا Outlook (.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="123"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>کارپوشه Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="124"/>
        <source>vCard, for phones and mail programs (.vcf)</source>
        <translation>vCard، برای گوشی‌ها و برنامه‌های ایمیل (.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="125"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="126"/>
        <source>iCalendar, for calendar programs (.ics)</source>
        <translation>iCalendar، برای برنامه‌های تقویم (.ics)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="158"/>
        <source>All files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="160"/>
        <source>Export to</source>
        <translation>برون‌بری به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="183"/>
        <source>Writing {0}…</source>
        <translation>در حال نوشتن {0}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="196"/>
        <source>%n row(s) written to {0} in {1}.</source>
        <translation>
            <numerusform>%Ln ردیف در فایل {0} در پوشه {1} نوشته شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="406"/>
        <source>Click to open the list.</source>
        <translation>برای باز کردن فهرست کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="50"/>
        <source>Welcome to CRM Desktop</source>
        <translation>به CRM Desktop خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="58"/>
        <source>Your shop or company</source>
        <translation>فروشگاه یا شرکت شما</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="71"/>
        <source>Start with an empty database</source>
        <translation>شروع با پایگاه داده خالی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="72"/>
        <source>Start with sample data to try things out</source>
        <translation>شروع با داده‌های نمونه برای امتحان کردن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="76"/>
        <source>A few questions before we start. You can change all of this later in Settings.</source>
        <translation>پیش از شروع چند پرسش داریم. همه این‌ها را بعداً می‌توانید در تنظیمات تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="80"/>
        <source>Business name</source>
        <translation>نام کسب‌وکار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="81"/>
        <source>Country (for phone numbers)</source>
        <translation>کشور (برای شماره‌های تلفن)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="82"/>
        <source>Main currency</source>
        <translation>ارز اصلی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="83"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="87"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="109"/>
        <source>Type the name printed on your reports and quotes.</source>
        <translation>نامی را بنویسید که روی گزارش‌ها و پیش‌فاکتورهای شما چاپ می‌شود.</translation>
    </message>
</context>
<context>
    <name>ForecastStrip</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="524"/>
        <source>Weighted forecast</source>
        <translation>پیش‌بینی وزنی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="533"/>
        <source>Won this month</source>
        <translation>موفق در این ماه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="559"/>
        <source>%n open deal(s) expected to close</source>
        <translation>
            <numerusform>%Ln معامله باز که انتظار می‌رود بسته شود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="568"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%Ln معامله موفق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="26"/>
        <source>Search contacts, companies, deals, cases, articles (Ctrl+K)</source>
        <translation>جستجوی مخاطبان، شرکت‌ها، معاملات، تیکت‌ها و مقاله‌ها (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="44"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="45"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="46"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="47"/>
        <source>Case</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="48"/>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="73"/>
        <source>Nothing found</source>
        <translation>چیزی پیدا نشد</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="63"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="330"/>
        <source>Choose an article, or press New to write one.</source>
        <translation>یک مقاله انتخاب کنید، یا برای نوشتن مقاله «جدید» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="351"/>
        <source>Knowledge base</source>
        <translation>پایگاه دانش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="364"/>
        <source>All articles</source>
        <translation>همه مقاله‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="403"/>
        <source>Discard the changes to “{0}”?</source>
        <translation>تغییرات «{0}» کنار گذاشته شود؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="404"/>
        <source>New article</source>
        <translation>مقاله جدید</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="131"/>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="132"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="133"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="134"/>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="135"/>
        <source>Discount %</source>
        <translation>تخفیف ٪</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="136"/>
        <source>Line total</source>
        <translation>جمع ردیف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="150"/>
        <source>Add line</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="196"/>
        <source>Type a name or code</source>
        <translation>نام یا کد را بنویسید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="208"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="209"/>
        <source>Remove this line</source>
        <translation>حذف این ردیف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="244"/>
        <source>Price in {0}</source>
        <translation>قیمت به {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="305"/>
        <source>Line {0}: {1}</source>
        <translation>ردیف {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="96"/>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="97"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="98"/>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="99"/>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="100"/>
        <source>Discount %</source>
        <translation>تخفیف ٪</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="101"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="118"/>
        <source>Add line</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="121"/>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="157"/>
        <source>No product</source>
        <translation>بدون محصول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="220"/>
        <source>This product is priced in {0}: give its price in {1}.</source>
        <translation>قیمت این محصول به {0} است: قیمت آن را به {1} وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="276"/>
        <source>Total: {0}</source>
        <translation>جمع: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="99"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="177"/>
        <location filename="../../src/crm_desktop/ui/selftest.py" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="179"/>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="181"/>
        <source>&amp;Import…</source>
        <translation>&amp;درون‌ریزی…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Export…</source>
        <translation>&amp;برون‌بری…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="184"/>
        <source>Export &amp;everything…</source>
        <translation>برون‌بری &amp;همه‌چیز…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="189"/>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="194"/>
        <source>&amp;Find</source>
        <translation>&amp;یافتن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="196"/>
        <source>Search &amp;everywhere</source>
        <translation>جستجو در &amp;همه‌جا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="197"/>
        <source>Find &amp;duplicates…</source>
        <translation>یافتن &amp;تکراری‌ها…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="205"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="207"/>
        <source>&amp;Go to</source>
        <translation>&amp;رفتن به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="214"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;درباره CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="232"/>
        <source>Undone.</source>
        <translation>واگرد شد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="272"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>MethodsEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="29"/>
        <source>Add email</source>
        <translation>افزودن ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="29"/>
        <source>Add phone</source>
        <translation>افزودن تلفن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="35"/>
        <source>Work</source>
        <translation>محل کار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="36"/>
        <source>Home</source>
        <translation>منزل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="37"/>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="38"/>
        <source>Fax</source>
        <translation>فکس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="39"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="55"/>
        <source>Primary</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="58"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="667"/>
        <source>Board</source>
        <translation>تابلو</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="670"/>
        <source>List</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="680"/>
        <source>New deal</source>
        <translation>معامله جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="684"/>
        <source>Pipeline:</source>
        <translation>قیف فروش:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="725"/>
        <source>Filter deals…</source>
        <translation>فیلتر معاملات…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="730"/>
        <source>Open, won and lost</source>
        <translation>باز، موفق و ناموفق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="736"/>
        <source>Show all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="761"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1007"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="807"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="811"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="812"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="813"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="816"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="825"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="833"/>
        <source>Expected close</source>
        <translation>تاریخ بستن پیش‌بینی‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="839"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="842"/>
        <source>Changed</source>
        <translation>آخرین تغییر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="873"/>
        <source>Every owner</source>
        <translation>همه مسئولان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="884"/>
        <source>Every stage</source>
        <translation>همه مراحل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="910"/>
        <source>There is no pipeline yet. Add one in Settings.</source>
        <translation>هنوز قیف فروشی وجود ندارد. در تنظیمات یکی اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="945"/>
        <source>This pipeline has no stages yet. Add them in Settings.</source>
        <translation>این قیف فروش هنوز مرحله‌ای ندارد. در تنظیمات اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1008"/>
        <source>Move to</source>
        <translation>انتقال به</translation>
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
        <translation>واگرد انتقال «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1062"/>
        <source>Won: {0}</source>
        <translation>موفق: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1167"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1169"/>
        <source>(loading…)</source>
        <translation>(در حال بارگذاری…)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1199"/>
        <source>Export selected…</source>
        <translation>برون‌بری موارد انتخاب‌شده…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1255"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1267"/>
        <source>Undo delete of %n deal(s)</source>
        <translation>
            <numerusform>واگرد حذف %Ln معامله</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="72"/>
        <source>Add pipeline</source>
        <translation>افزودن قیف فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="75"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="336"/>
        <source>Delete pipeline</source>
        <translation>حذف قیف فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="81"/>
        <source>Rename</source>
        <translation>تغییر نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="91"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="149"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="96"/>
        <source>Pipelines</source>
        <translation>قیف‌های فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="150"/>
        <source>Probability</source>
        <translation>احتمال</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="151"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="116"/>
        <source>Add stage</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="119"/>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="122"/>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="125"/>
        <source>Delete stage</source>
        <translation>حذف مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="144"/>
        <source>Save stage</source>
        <translation>ذخیره مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="155"/>
        <source>Stages</source>
        <translation>مراحل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="274"/>
        <source>Only a pipeline without deals can be deleted, and one pipeline must stay.</source>
        <translation>فقط قیف فروشی که معامله ندارد حذف می‌شود و دست‌کم یک قیف باید بماند.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="284"/>
        <source>Only a stage without deals can be deleted.</source>
        <translation>فقط مرحله‌ای که معامله ندارد حذف می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="302"/>
        <source>New pipeline</source>
        <translation>قیف فروش جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="305"/>
        <source>New pipeline {0}</source>
        <translation>قیف فروش جدید {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="337"/>
        <source>Delete the pipeline “{0}” and its stages?</source>
        <translation>قیف فروش «{0}» و مراحل آن حذف شود؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="364"/>
        <source>New stage</source>
        <translation>مرحله جدید</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="80"/>
        <source>New product</source>
        <translation>محصول جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="80"/>
        <source>Edit product</source>
        <translation>ویرایش محصول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="85"/>
        <source>Your code for it, e.g. TEA-250</source>
        <translation>کد شما برای آن، مثلاً TEA-250</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="104"/>
        <source>On sale (shown when entering sales)</source>
        <translation>در حال فروش (هنگام ثبت فروش نمایش داده می‌شود)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="111"/>
        <source>Code (SKU)</source>
        <translation>کد (SKU)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="112"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="113"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="114"/>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="115"/>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="116"/>
        <source>Cost</source>
        <translation>بهای تمام‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="117"/>
        <source>Margin</source>
        <translation>حاشیه سود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="118"/>
        <source>Tax %</source>
        <translation>مالیات ٪</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="186"/>
        <source>Discard the changes to this product?</source>
        <translation>تغییرات این محصول کنار گذاشته شود؟</translation>
    </message>
</context>
<context>
    <name>ProductsList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="37"/>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/products.py" line="46"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln محصول</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="50"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="51"/>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="54"/>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="61"/>
        <source>Cost</source>
        <translation>بهای تمام‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="65"/>
        <source>Margin</source>
        <translation>حاشیه سود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="72"/>
        <source>Tax</source>
        <translation>مالیات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="79"/>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="89"/>
        <source>On sale</source>
        <translation>در حال فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="80"/>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="80"/>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="88"/>
        <source>All products</source>
        <translation>همه محصولات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="90"/>
        <source>Not on sale</source>
        <translation>خارج از فروش</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="198"/>
        <source>Products &amp; sales</source>
        <translation>محصولات و فروش</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="48"/>
        <source>Filter…</source>
        <translation>فیلتر…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="84"/>
        <source>Show all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="94"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="103"/>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="274"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/record_list.py" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln رکورد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/record_list.py" line="212"/>
        <source>Undo delete of %n record(s)</source>
        <translation>
            <numerusform>واگرد حذف %Ln رکورد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="255"/>
        <source>(loading…)</source>
        <translation>(در حال بارگذاری…)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="278"/>
        <source>Export selected…</source>
        <translation>برون‌بری موارد انتخاب‌شده…</translation>
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
        <translation>سررسید {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="302"/>
        <source>Reminder: {0}</source>
        <translation>یادآوری: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="66"/>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="74"/>
        <source>Dismiss</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="83"/>
        <source>Due {0}</source>
        <translation>سررسید {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="86"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="89"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="213"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="219"/>
        <source>Fit width</source>
        <translation>هم‌عرض با پنجره</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="220"/>
        <source>Whole page</source>
        <translation>کل صفحه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="222"/>
        <source>{0} %</source>
        <translation>{0}٪</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="224"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="227"/>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="242"/>
        <source>Choose a report and press Preview.</source>
        <translation>یک گزارش انتخاب کنید و «پیش‌نمایش» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="253"/>
        <source>Making the report…</source>
        <translation>در حال ساخت گزارش…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="279"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="304"/>
        <source>The report was made but could not be shown ({0}).</source>
        <translation>گزارش ساخته شد اما نمایش آن ممکن نشد ({0}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="313"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln صفحه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="373"/>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="383"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="379"/>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="395"/>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="409"/>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="397"/>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="410"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>نوشتن {path} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="413"/>
        <source>Saved to {path}</source>
        <translation>در {path} ذخیره شد</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="451"/>
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="459"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="499"/>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="588"/>
        <source>There is no report called “{0}”.</source>
        <translation>گزارشی با نام «{0}» وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="274"/>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="275"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="282"/>
        <source>Group by</source>
        <translation>گروه‌بندی بر اساس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="288"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="295"/>
        <source>Type to find…</source>
        <translation>برای یافتن تایپ کنید…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="300"/>
        <source>Any tag</source>
        <translation>هر برچسبی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="302"/>
        <source>Anyone</source>
        <translation>هر کسی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="304"/>
        <source>Every pipeline</source>
        <translation>همه قیف‌های فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="306"/>
        <source>Every product</source>
        <translation>همه محصولات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="309"/>
        <source>Any stage</source>
        <translation>هر مرحله‌ای</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="313"/>
        <source>Any priority</source>
        <translation>هر اولویتی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="317"/>
        <source>Any kind</source>
        <translation>هر نوعی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="323"/>
        <source>Name, email, phone…</source>
        <translation>نام، ایمیل، تلفن…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="351"/>
        <source>{0}: choose from the list that opens as you type, or clear the field.</source>
        <translation>{0}: از فهرستی که هنگام تایپ باز می‌شود انتخاب کنید، یا فیلد را خالی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="363"/>
        <source>Choose what the report is about: {0}.</source>
        <translation>انتخاب کنید گزارش درباره چیست: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="364"/>
        <source> or </source>
        <translation> یا </translation>
    </message>
</context>
<context>
    <name>SaleEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="322"/>
        <source>New sale</source>
        <translation>فروش جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="322"/>
        <source>Edit sale</source>
        <translation>ویرایش فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="325"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="327"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="336"/>
        <source>Type a name</source>
        <translation>نامی بنویسید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="352"/>
        <source>Given when saved</source>
        <translation>هنگام ذخیره تعیین می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="378"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="379"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="380"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="381"/>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="382"/>
        <source>Exchange rate</source>
        <translation>نرخ ارز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="383"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="389"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="392"/>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="449"/>
        <source>1 {currency} in {base}:</source>
        <translation>1 {currency} به {base}:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="453"/>
        <source>Rate on the sale&apos;s date</source>
        <translation>نرخ در تاریخ فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="456"/>
        <source>Not needed for {0}</source>
        <translation>برای {0} لازم نیست</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="543"/>
        <source>Pick the customer from the list.</source>
        <translation>مشتری را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="576"/>
        <source>Discard the changes to this sale?</source>
        <translation>تغییرات این فروش کنار گذاشته شود؟</translation>
    </message>
</context>
<context>
    <name>SalesList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="112"/>
        <source>Sales</source>
        <translation>فروش‌ها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/products.py" line="121"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%Ln فروش</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="127"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="134"/>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="136"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="139"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="145"/>
        <source>Lines</source>
        <translation>ردیف‌ها</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="394"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="398"/>
        <source>Business</source>
        <translation>کسب‌وکار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="399"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="400"/>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="401"/>
        <source>Pipelines</source>
        <translation>قیف‌های فروش</translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="502"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln معامله</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="512"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%Ln مورد دیگر…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="513"/>
        <source>Show every deal of this stage in the list</source>
        <translation>نمایش همه معاملات این مرحله در فهرست</translation>
    </message>
</context>
<context>
    <name>StageNoteDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="599"/>
        <source>Deal lost</source>
        <translation>معامله ناموفق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="599"/>
        <source>Deal won</source>
        <translation>معامله موفق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="601"/>
        <source>Why was “{0}” lost?</source>
        <translation>چرا «{0}» ناموفق شد؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="603"/>
        <source>“{0}” moves to {1}. Add a note if you like (optional).</source>
        <translation>«{0}» به {1} منتقل می‌شود. اگر خواستید یادداشتی اضافه کنید (اختیاری).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="610"/>
        <source>Price, timing, a competitor…</source>
        <translation>قیمت، زمان‌بندی، یک رقیب…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="314"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="594"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="616"/>
        <source>Sync not set up</source>
        <translation>همگام‌سازی راه‌اندازی نشده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="356"/>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="359"/>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="368"/>
        <source>Sync server</source>
        <translation>سرور همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="370"/>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="371"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="372"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="392"/>
        <source>Sync now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="405"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="406"/>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="408"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="483"/>
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="425"/>
        <source>Sync automatically every</source>
        <translation>همگام‌سازی خودکار هر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="434"/>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="435"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="436"/>
        <source>My value</source>
        <translation>مقدار من</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="437"/>
        <source>Their value</source>
        <translation>مقدار طرف دیگر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="438"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="451"/>
        <source>Keep mine</source>
        <translation>نگه‌داشتن مقدار من</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="454"/>
        <source>Keep theirs</source>
        <translation>نگه‌داشتن مقدار طرف دیگر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="457"/>
        <source>Conflicts</source>
        <translation>تعارض‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="461"/>
        <source>The same field was changed here and on another computer before they synced. The newer change is shown now; choose which value to keep.</source>
        <translation>یک فیلد پیش از همگام‌سازی، هم اینجا و هم در رایانه‌ای دیگر تغییر کرده است. اکنون تغییر جدیدتر نمایش داده می‌شود؛ انتخاب کنید کدام مقدار نگه داشته شود.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="534"/>
        <source>Something went wrong: {0}</source>
        <translation>مشکلی پیش آمد: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="571"/>
        <source>Changes waiting to be sent: %Ln</source>
        <translation>
            <numerusform>تغییرات در انتظار ارسال: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="572"/>
        <source>Open conflicts: %Ln</source>
        <translation>
            <numerusform>تعارض‌های حل‌نشده: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="592"/>
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="598"/>
        <source>Needs a newer version</source>
        <translation>نسخه جدیدتری لازم است</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="599"/>
        <source>The sync server needs a newer version of this program; please update it.</source>
        <translation>سرور همگام‌سازی به نسخه جدیدتری از این برنامه نیاز دارد؛ لطفاً آن را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="603"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="609"/>
        <source>Sync failed, will retry</source>
        <translation>همگام‌سازی ناموفق بود، دوباره تلاش می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="605"/>
        <source>Signed out: sign in again</source>
        <translation>خارج شده‌اید: دوباره وارد شوید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="607"/>
        <source>Offline, will retry</source>
        <translation>آفلاین، دوباره تلاش می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="612"/>
        <source>Synced at {0}</source>
        <translation>همگام‌سازی در {0} انجام شد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="617"/>
        <source>Sign in to your sync server to share this data with your other computers.</source>
        <translation>برای به اشتراک گذاشتن این داده‌ها با رایانه‌های دیگرتان، به سرور همگام‌سازی خود وارد شوید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="619"/>
        <source>Never synced</source>
        <translation>هنوز همگام‌سازی نشده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="624"/>
        <source>Last synced at {0}.</source>
        <translation>آخرین همگام‌سازی: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="650"/>
        <source>Fill in the server address, your user name and your password.</source>
        <translation>نشانی سرور، نام کاربری و گذرواژه خود را وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="712"/>
        <source>Sent: {0} · received: {1}</source>
        <translation>ارسال‌شده: {0} · دریافت‌شده: {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="772"/>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="772"/>
        <source>Not deleted</source>
        <translation>حذف‌نشده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="774"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="125"/>
        <source>New task</source>
        <translation>وظیفه جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="125"/>
        <source>Edit task</source>
        <translation>ویرایش وظیفه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="140"/>
        <source>The task has a due time</source>
        <translation>وظیفه زمان سررسید دارد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="147"/>
        <source>Remind me at this time</source>
        <translation>در این زمان یادآوری کن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="166"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="169"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="173"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="175"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="176"/>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="177"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="178"/>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="179"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="218"/>
        <source>Contact: {0}</source>
        <translation>مخاطب: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="223"/>
        <source>Company: {0}</source>
        <translation>شرکت: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="228"/>
        <source>Deal: {0}</source>
        <translation>معامله: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="233"/>
        <source>Case: {0}</source>
        <translation>تیکت: {0}</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="215"/>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="216"/>
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="217"/>
        <source>Upcoming</source>
        <translation>آینده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="218"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="270"/>
        <source>Done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="250"/>
        <source>Tasks</source>
        <translation>وظایف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="259"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%Ln وظیفه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="264"/>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="265"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="266"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="267"/>
        <source>For</source>
        <translation>مربوط به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="268"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="295"/>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="269"/>
        <source>Reminder</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="275"/>
        <source>No due date</source>
        <translation>بدون سررسید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="278"/>
        <source>⚠ Overdue: {0}</source>
        <translation>⚠ دیرکرد: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="283"/>
        <source>Case: {0}</source>
        <translation>تیکت: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="284"/>
        <source>Deal: {0}</source>
        <translation>معامله: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="285"/>
        <source>Contact: {0}</source>
        <translation>مخاطب: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="286"/>
        <source>Company: {0}</source>
        <translation>شرکت: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="305"/>
        <source>Open linked record</source>
        <translation>باز کردن رکورد مرتبط</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="313"/>
        <source>Anyone</source>
        <translation>هر کسی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="313"/>
        <source>Nobody yet</source>
        <translation>هنوز هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="446"/>
        <source>Mark done</source>
        <translation>علامت انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="446"/>
        <source>Mark not done</source>
        <translation>علامت انجام‌نشده</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="414"/>
        <source>Undo marking %n task(s) done</source>
        <translation>
            <numerusform>واگرد علامت انجام‌شده برای %Ln وظیفه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="416"/>
        <source>Undo marking %n task(s) not done</source>
        <translation>
            <numerusform>واگرد علامت انجام‌نشده برای %Ln وظیفه</numerusform>
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
        <translation>فرد جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="188"/>
        <source>Edit person</source>
        <translation>ویرایش فرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="193"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="194"/>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="195"/>
        <source>Seller</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="196"/>
        <source>Support</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="199"/>
        <source>Works here now</source>
        <translation>اکنون اینجا کار می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="202"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="203"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="204"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
</context>
<context>
    <name>UsersEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="364"/>
        <source>(left)</source>
        <translation>(رفته)</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="104"/>
        <source>Choose a file</source>
        <translation>یک فایل انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="106"/>
        <source>CSV (from Excel, Google or Outlook), an Excel workbook or vCards from a phone.</source>
        <translation>یک فایل CSV (از Excel، Google یا Outlook)، یک کارپوشه Excel یا کارت‌های vCard از گوشی.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="109"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="115"/>
        <source>Contacts</source>
        <translation>مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="116"/>
        <source>Companies</source>
        <translation>شرکت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="117"/>
        <source>Deals</source>
        <translation>معاملات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="118"/>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="119"/>
        <source>Sales (one row per line)</source>
        <translation>فروش‌ها (هر ردیف، یک قلم از فروش)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="124"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="125"/>
        <source>The rows are</source>
        <translation>نوع ردیف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="126"/>
        <source>Sheet</source>
        <translation>کاربرگ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="132"/>
        <source>Import a file</source>
        <translation>درون‌ریزی فایل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="134"/>
        <source>Tables and contacts (*.csv *.txt *.xlsx *.vcf *.vcard *.json);;All files (*)</source>
        <translation>جدول‌ها و مخاطبان (*.csv *.txt *.xlsx *.vcf *.vcard *.json);;همه فایل‌ها (*)</translation>
    </message>
</context>
<context>
    <name>_ListEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="308"/>
        <source>New…</source>
        <translation>جدید…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="309"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
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
        <translation>هر ستون به کدام فیلد می‌رود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="169"/>
        <source>Check the field above each column; a column left out is not imported.</source>
        <translation>فیلد بالای هر ستون را بررسی کنید؛ ستونی که کنار گذاشته شود درون‌ریزی نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="177"/>
        <source>Save mapping…</source>
        <translation>ذخیره نگاشت…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="181"/>
        <source>Mapping</source>
        <translation>نگاشت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="188"/>
        <source>Create new records and update matched ones</source>
        <translation>ساختن رکوردهای جدید و به‌روز کردن رکوردهای منطبق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="189"/>
        <source>Only create new records</source>
        <translation>فقط ساختن رکوردهای جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="190"/>
        <source>Only update matched records</source>
        <translation>فقط به‌روز کردن رکوردهای منطبق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="194"/>
        <source>Find saved records by</source>
        <translation>یافتن رکوردهای ذخیره‌شده بر اساس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="195"/>
        <source>What to do</source>
        <translation>چه کاری انجام شود</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="213"/>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="218"/>
        <source>— leave out —</source>
        <translation>— کنار گذاشتن —</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="231"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="232"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="233"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="234"/>
        <source>SKU</source>
        <translation>کد (SKU)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="235"/>
        <source>Title and customer</source>
        <translation>عنوان و مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="236"/>
        <source>Sale number</source>
        <translation>شماره فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="237"/>
        <source>External ID</source>
        <translation>شناسه خارجی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="249"/>
        <source>Guessed from the headers</source>
        <translation>حدس‌زده از نام ستون‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="273"/>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="282"/>
        <source>Save mapping</source>
        <translation>ذخیره نگاشت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="273"/>
        <source>Name of the mapping:</source>
        <translation>نام نگاشت:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="283"/>
        <source>A mapping called “{0}” is saved already. Replace it?</source>
        <translation>نگاشتی به نام «{0}» از قبل ذخیره شده است. جایگزین شود؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="295"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>_ResultPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="399"/>
        <source>Imported</source>
        <translation>درون‌ریزی شد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="405"/>
        <source>Undo this import</source>
        <translation>واگرد این درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="420"/>
        <source>Rejected rows, with the reason, are in &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;.</source>
        <translation>ردیف‌های ردشده، همراه با دلیل، در &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt; هستند.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="440"/>
        <source>The import was undone: its new records are deleted and its changes put back.</source>
        <translation>درون‌ریزی واگرد شد: رکوردهای جدید آن حذف و تغییراتش برگردانده شد.</translation>
    </message>
</context>
<context>
    <name>_ReviewPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="317"/>
        <source>What the import will do</source>
        <translation>درون‌ریزی چه خواهد کرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="318"/>
        <source>Nothing is saved yet. Go back to change the columns or the options.</source>
        <translation>هنوز چیزی ذخیره نشده است. برای تغییر ستون‌ها یا گزینه‌ها به عقب برگردید.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Action</source>
        <translation>عملیات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="330"/>
        <source>Import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="336"/>
        <source>Checking the rows…</source>
        <translation>در حال بررسی ردیف‌ها…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="344"/>
        <source>Checking the file</source>
        <translation>بررسی فایل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="346"/>
        <source>Stopped.</source>
        <translation>متوقف شد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="367"/>
        <source>Imported {0} sales…</source>
        <translation>{0} فروش درون‌ریزی شد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="369"/>
        <source>Imported {0} rows…</source>
        <translation>{0} ردیف درون‌ریزی شد…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="382"/>
        <source>Importing</source>
        <translation>در حال درون‌ریزی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="385"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>درون‌ریزی لغو شد؛ چیزی ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>export_everything</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="24"/>
        <source>Export everything</source>
        <translation>برون‌بری همه‌چیز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="26"/>
        <source>CRM Desktop archive (*.json)</source>
        <translation>بایگانی CRM Desktop (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="44"/>
        <source>Exporting everything…</source>
        <translation>در حال برون‌بری همه‌چیز…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="51"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>برون‌بری لغو شد؛ هیچ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="60"/>
        <source>Wrote {count} records to {file}.

It holds everything in this database, the bin included. To restore it, import it into a new, empty database.</source>
        <translation>{count} رکورد در {file} نوشته شد.

همه‌چیزِ این پایگاه داده، از جمله سطل بازیافت، در آن است. برای بازگرداندنش، آن را به یک پایگاه داده تازه و خالی درون‌ریزی کنید.</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <location filename="../../src/crm_desktop/ui/application.py" line="122"/>
        <source>Making sample data…</source>
        <translation>در حال ساخت داده‌های نمونه…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="63"/>
        <source>Discard the changes you made?</source>
        <translation>تغییراتی که دادید کنار گذاشته شود؟</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="662"/>
        <source>This version cannot print that yet.</source>
        <translation>این نسخه هنوز نمی‌تواند آن را چاپ کند.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="669"/>
        <source>The report shows what is saved, without the changes made here. Print it anyway?</source>
        <translation>گزارش آنچه را ذخیره شده نشان می‌دهد، بدون تغییراتی که اینجا داده‌اید. با این حال چاپ شود؟</translation>
    </message>
</context>
<context>
    <name>run_with_progress</name>
    <message>
        <location filename="../../src/crm_desktop/ui/progress.py" line="49"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>translator</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="214"/>
        <source>Not escalated</source>
        <translation>ارجاع نشده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="215"/>
        <source>Escalation level {0} of {1}</source>
        <translation>سطح ارجاع {0} از {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="217"/>
        <source>(since {0})</source>
        <translation>(از {0})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="671"/>
        <source>No SLA</source>
        <translation>بدون مهلت خدمت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="674"/>
        <source>Due {0}</source>
        <translation>سررسید {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="676"/>
        <source>Met: resolved {0}, due {1}</source>
        <translation>در مهلت: حل در {0}، سررسید {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="679"/>
        <source>Missed: resolved {0}, due {1}</source>
        <translation>خارج از مهلت: حل در {0}، سررسید {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="683"/>
        <source>⚠ Overdue by {0} (due {1})</source>
        <translation>⚠ {0} دیرکرد (سررسید {1})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="686"/>
        <source>Due {0} ({1} left)</source>
        <translation>سررسید {0} ({1} مانده)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="70"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="73"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln ساعت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="32"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="295"/>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="33"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="296"/>
        <source>Meeting</source>
        <translation>جلسه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="34"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="298"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="35"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="297"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="60"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="239"/>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="36"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="299"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="64"/>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="37"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="300"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="61"/>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="38"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="301"/>
        <source>Stage change</source>
        <translation>تغییر مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="44"/>
        <source>Not applicable</source>
        <translation>کاربرد ندارد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="45"/>
        <source>We contacted them</source>
        <translation>ما با آن‌ها تماس گرفتیم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="46"/>
        <source>They contacted us</source>
        <translation>آن‌ها با ما تماس گرفتند</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="42"/>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="43"/>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="75"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>باز</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="44"/>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="45"/>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="46"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="50"/>
        <source>Lead</source>
        <translation>سرنخ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="51"/>
        <source>Prospect</source>
        <translation>مشتری بالقوه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="52"/>
        <source>Customer</source>
        <comment>lifecycle</comment>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="53"/>
        <source>Former customer</source>
        <translation>مشتری سابق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="59"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="240"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="62"/>
        <source>WhatsApp</source>
        <translation>واتس‌اپ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="63"/>
        <source>Post</source>
        <translation>پست</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="65"/>
        <source>Web</source>
        <translation>وب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="66"/>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="67"/>
        <source>Walk-in</source>
        <translation>مراجعه حضوری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="76"/>
        <source>Won</source>
        <translation>موفق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="77"/>
        <source>Lost</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="86"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="87"/>
        <source>High</source>
        <translation>بالا</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="88"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="89"/>
        <source>Low</source>
        <translation>پایین</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="73"/>
        <source>Contact directory</source>
        <translation>فهرست مخاطبان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="74"/>
        <source>Customer sheet</source>
        <translation>برگه مشتری</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="75"/>
        <source>Quote</source>
        <translation>پیش‌فاکتور</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="76"/>
        <source>Pipeline and forecast</source>
        <translation>قیف فروش و پیش‌بینی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="77"/>
        <source>Sales</source>
        <translation>فروش‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="78"/>
        <source>Cases</source>
        <translation>تیکت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="79"/>
        <source>Activities</source>
        <translation>فعالیت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="90"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="223"/>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="91"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="251"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="92"/>
        <source>Assigned to</source>
        <translation>واگذارشده به</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="93"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="222"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="250"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="94"/>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="110"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="213"/>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="95"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="212"/>
        <source>Contact</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="96"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="214"/>
        <source>Deal</source>
        <translation>معامله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="97"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="215"/>
        <source>Case</source>
        <translation>تیکت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="98"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="248"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="99"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="100"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="221"/>
        <source>Pipeline</source>
        <translation>قیف فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="101"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="217"/>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="102"/>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="109"/>
        <source>First letter</source>
        <translation>حرف اول</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="216"/>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="218"/>
        <source>Sale</source>
        <translation>فروش</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="219"/>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="220"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="224"/>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="225"/>
        <source>Phone or email</source>
        <translation>تلفن یا ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="226"/>
        <source>Setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="233"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="236"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="234"/>
        <source>First name</source>
        <translation>نام کوچک</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="235"/>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="237"/>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="238"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="241"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="242"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="243"/>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="244"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="245"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="246"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="247"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="249"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="252"/>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="253"/>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="448"/>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="449"/>
        <source>Update</source>
        <translation>به‌روز کردن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="450"/>
        <source>Skip</source>
        <translation>نادیده گرفتن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="451"/>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="457"/>
        <source>{0} to create, {1} to update, {2} skipped, {3} rejected.</source>
        <translation>{0} برای ساختن، {1} برای به‌روز کردن، {2} نادیده‌گرفته، {3} ردشده.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="461"/>
        <source>{0} created, {1} updated, {2} skipped, {3} rejected.</source>
        <translation>{0} ساخته‌شده، {1} به‌روزشده، {2} نادیده‌گرفته، {3} ردشده.</translation>
    </message>
</context>
</TS>
