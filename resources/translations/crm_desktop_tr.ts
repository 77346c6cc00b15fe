<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="35"/>
        <source>About CRM Desktop</source>
        <translation>CRM Desktop Hakkında</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="47"/>
        <source>Version {version}</source>
        <translation>Sürüm {version}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="60"/>
        <source>Open data folder</source>
        <translation>Veri klasörünü aç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="67"/>
        <source>Free software under the GNU General Public License, version 3 or later (&lt;a href=&quot;{url}&quot;&gt;{licence}&lt;/a&gt;). It comes with no warranty.</source>
        <translation>GNU Genel Kamu Lisansı, sürüm 3 veya sonrası altında özgür yazılım (&lt;a href=&quot;{url}&quot;&gt;{licence}&lt;/a&gt;). Hiçbir garanti verilmez.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="74"/>
        <source>Built with Qt {qt} (PySide6 {pyside}), under the LGPL.</source>
        <translation>Qt {qt} (PySide6 {pyside}) ile, LGPL altında yapılmıştır.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="80"/>
        <source>Data file:</source>
        <translation>Veri dosyası:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="81"/>
        <source>Data folder:</source>
        <translation>Veri klasörü:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/about_dialog.py" line="82"/>
        <source>Log files:</source>
        <translation>Günlük dosyaları:</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="117"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="118"/>
        <source>Not recorded</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="121"/>
        <source>What came of it: ordered, call back, not interested…</source>
        <translation>Sonuç ne oldu: sipariş verdi, geri aranacak, ilgilenmiyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="124"/>
        <source>What was said or agreed</source>
        <translation>Ne konuşuldu veya ne üzerinde anlaşıldı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="127"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="128"/>
        <source>Who called</source>
        <translation>Kim aradı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="129"/>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="130"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="131"/>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="132"/>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="133"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="151"/>
        <source>Log a call</source>
        <translation>Arama kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="152"/>
        <source>Log a meeting</source>
        <translation>Toplantı kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="153"/>
        <source>Add a note</source>
        <translation>Not ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="154"/>
        <source>Log an email</source>
        <translation>E-posta kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="155"/>
        <source>Log a visit</source>
        <translation>Ziyaret kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="156"/>
        <source>Log an SMS</source>
        <translation>SMS kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="159"/>
        <source>Edit activity</source>
        <translation>Etkinliği düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="159"/>
        <source>Log</source>
        <translation>Kaydet</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../src/crm_desktop/ui/session.py" line="64"/>
        <source>Something went wrong: {0}</source>
        <translation>Bir şeyler ters gitti: {0}</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="162"/>
        <source>Separate tags with commas</source>
        <translation>Etiketleri virgülle ayırın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="163"/>
        <source>Published (suggested for cases and shown to everyone)</source>
        <translation>Yayımlanmış (vakalara önerilir ve herkes görür)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="168"/>
        <source>Write the article. Markdown works: # Heading, **bold**, - lists.</source>
        <translation>Makaleyi yazın. Markdown kullanılabilir: # Başlık, **kalın**, - listeler.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="175"/>
        <source>Write</source>
        <translation>Yaz</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="176"/>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="185"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="186"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="187"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="192"/>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="196"/>
        <source>Discard changes</source>
        <translation>Değişiklikleri at</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="233"/>
        <source>New article</source>
        <translation>Yeni makale</translation>
    </message>
</context>
<context>
    <name>ArticlesList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="58"/>
        <source>Articles</source>
        <translation>Makaleler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="64"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%Ln makale</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="68"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="69"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="72"/>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="73"/>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="90"/>
        <source>Published</source>
        <translation>Yayımlandı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="73"/>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="78"/>
        <source>Changed</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="89"/>
        <source>Published and drafts</source>
        <translation>Yayımlananlar ve taslaklar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="91"/>
        <source>Drafts</source>
        <translation>Taslaklar</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="159"/>
        <source>Nothing to show yet.</source>
        <translation>Henüz gösterilecek bir şey yok.</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="52"/>
        <source>A PNG or JPEG file for report headers</source>
        <translation>Rapor başlıkları için PNG veya JPEG dosyası</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="62"/>
        <source>Gregorian</source>
        <translation>Miladi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="63"/>
        <source>Hijri (Umm al-Qura)</source>
        <translation>Hicri (Ümmü&apos;l-Kurâ)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="64"/>
        <source>Persian (Jalali)</source>
        <translation>İran takvimi (Celâlî)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="72"/>
        <source>Urgent</source>
        <translation>Acil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="73"/>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="74"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="75"/>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="79"/>
        <source> h</source>
        <translation> sa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="84"/>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="84"/>
        <source>Value in main currency</source>
        <translation>Ana para birimindeki değeri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="86"/>
        <source>Add a currency</source>
        <translation>Para birimi ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="92"/>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="95"/>
        <source>Business name</source>
        <translation>İşletme adı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="96"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="97"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="98"/>
        <source>Main currency</source>
        <translation>Ana para birimi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="99"/>
        <source>Country for phone numbers</source>
        <translation>Telefon numaraları için ülke</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="100"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="101"/>
        <source>Calendar</source>
        <translation>Takvim</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="102"/>
        <source>Time to resolve a case</source>
        <translation>Vaka çözüm süresi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="108"/>
        <source>Exchange rates</source>
        <translation>Döviz kurları</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="109"/>
        <source>Quote terms</source>
        <translation>Teklif koşulları</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="110"/>
        <source>Quotes valid for</source>
        <translation>Tekliflerin geçerlilik süresi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="114"/>
        <source>Save settings</source>
        <translation>Ayarları kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="177"/>
        <source>Settings saved.</source>
        <translation>Ayarlar kaydedildi.</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="322"/>
        <source>Choose a case in the queue to work on it here.</source>
        <translation>Burada üzerinde çalışmak için kuyruktan bir vaka seçin.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="353"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="354"/>
        <source>Waiting</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="355"/>
        <source>Resolved…</source>
        <translation>Çözüldü…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="356"/>
        <source>Closed…</source>
        <translation>Kapalı…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="357"/>
        <source>Reopen</source>
        <translation>Yeniden aç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="369"/>
        <source>Escalate…</source>
        <translation>Yükselt…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="372"/>
        <source>Add note…</source>
        <translation>Not ekle…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="375"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="379"/>
        <source>Assigned to</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="399"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="400"/>
        <source>Suggested articles</source>
        <translation>Önerilen makaleler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="401"/>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="404"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="405"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="406"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="407"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="408"/>
        <source>Escalation</source>
        <translation>Yükseltme</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="462"/>
        <source>{status} · {priority} priority</source>
        <translation>{status} · {priority} öncelik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="474"/>
        <source>Nobody linked</source>
        <translation>Bağlı kimse yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="476"/>
        <source>Came in by {0}</source>
        <translation>Geliş kanalı: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="477"/>
        <source>opened {0}</source>
        <translation>açılış: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="480"/>
        <source>Product: {0}</source>
        <translation>Ürün: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="489"/>
        <source>No description</source>
        <translation>Açıklama yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="490"/>
        <source>Resolution</source>
        <translation>Çözüm</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="514"/>
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="541"/>
        <source>No article matches this case.</source>
        <translation>Bu vakayla eşleşen makale yok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="544"/>
        <source>Suggested articles (%n)</source>
        <translation>
            <numerusform>Önerilen makaleler (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="567"/>
        <source>Activity (%n)</source>
        <translation>
            <numerusform>Etkinlik (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="618"/>
        <source>Resolve case</source>
        <translation>Vakayı çöz</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="618"/>
        <source>Close case</source>
        <translation>Vakayı kapat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="619"/>
        <source>How was “{0}” resolved? The customer may be told this.</source>
        <translation>“{0}” nasıl çözüldü? Bu bilgi müşteriye iletilebilir.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="637"/>
        <source>Escalate case</source>
        <translation>Vakayı yükselt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="638"/>
        <source>Why does “{0}” need escalating? The reason is kept with the case.</source>
        <translation>“{0}” neden yükseltilmeli? Gerekçe vakayla birlikte saklanır.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="648"/>
        <source>Add a note</source>
        <translation>Not ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="648"/>
        <source>Note on “{0}”:</source>
        <translation>“{0}” için not:</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="75"/>
        <source>New case</source>
        <translation>Yeni vaka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="75"/>
        <source>Edit case</source>
        <translation>Vakayı düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="85"/>
        <source>What the customer reported, in their words</source>
        <translation>Müşterinin bildirdiği, kendi sözleriyle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="101"/>
        <source>No product</source>
        <translation>Ürün yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="108"/>
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="116"/>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="117"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="118"/>
        <source>Came in by</source>
        <translation>Geliş kanalı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="119"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="120"/>
        <source>SLA due</source>
        <translation>SLA bitişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="121"/>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="122"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="123"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="124"/>
        <source>Assigned to</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="143"/>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="193"/>
        <source>{when} (%n hour(s) after it was opened)</source>
        <translation>
            <numerusform>{when} (açıldıktan %Ln saat sonra)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="214"/>
        <source>Pick the contact from the list (or clear the field).</source>
        <translation>Kişiyi listeden seçin (veya alanı boşaltın).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="215"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>Şirketi listeden seçin (veya alanı boşaltın).</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="207"/>
        <source>Overdue: it was due {0}.</source>
        <translation>Gecikmiş: son tarihi {0} idi.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="736"/>
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="745"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%Ln vaka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="751"/>
        <source>SLA due</source>
        <translation>SLA bitişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="752"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="753"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="754"/>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="755"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="756"/>
        <source>Escalation</source>
        <translation>Yükseltme</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="757"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="758"/>
        <source>Assigned to</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="759"/>
        <source>Opened</source>
        <translation>Açılış</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="768"/>
        <source>Met</source>
        <translation>Karşılandı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="768"/>
        <source>Missed</source>
        <translation>Kaçırıldı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="772"/>
        <source>⚠ Overdue by {0}</source>
        <translation>⚠ {0} gecikmiş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="773"/>
        <source>{0} left</source>
        <translation>{0} kaldı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="776"/>
        <source>Level {0}</source>
        <translation>Seviye {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="781"/>
        <source>Open queue</source>
        <translation>Açık kuyruk</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="782"/>
        <source>Any status</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="787"/>
        <source>Any priority</source>
        <translation>Tüm öncelikler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="793"/>
        <source>Overdue only</source>
        <translation>Yalnızca gecikenler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="795"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="950"/>
        <source>My cases</source>
        <translation>Vakalarım</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="808"/>
        <source>Anyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="808"/>
        <source>Nobody yet</source>
        <translation>Henüz kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="865"/>
        <source>Assign to</source>
        <translation>Ata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="866"/>
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="950"/>
        <source>Which user are you?</source>
        <translation>Hangi kullanıcısınız?</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="56"/>
        <source>Companies</source>
        <translation>Şirketler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="65"/>
        <source>%n company(s)</source>
        <translation>
            <numerusform>%Ln şirket</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="70"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="71"/>
        <source>Industry</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="72"/>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="75"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="81"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="82"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="83"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="86"/>
        <source>Changed</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="110"/>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="111"/>
        <source>Any owner</source>
        <translation>Tüm sorumlular</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="161"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="162"/>
        <source>Add a tag…</source>
        <translation>Etiket ekle…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="163"/>
        <source>Assign owner</source>
        <translation>Sorumlu ata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="164"/>
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="181"/>
        <source>Add a tag</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/companies.py" line="181"/>
        <source>Tag:</source>
        <translation>Etiket:</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="37"/>
        <source>New company</source>
        <translation>Yeni şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="37"/>
        <source>Edit company</source>
        <translation>Şirketi düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="52"/>
        <source>Its id in the program it was imported from</source>
        <translation>İçe aktarıldığı programdaki kimliği</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="57"/>
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="62"/>
        <source>Separate tags with commas</source>
        <translation>Etiketleri virgülle ayırın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="77"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="78"/>
        <source>Industry</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="79"/>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="80"/>
        <source>Tax number</source>
        <translation>Vergi numarası</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="81"/>
        <source>Emails</source>
        <translation>E-postalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="82"/>
        <source>Phones</source>
        <translation>Telefonlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="83"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="84"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="85"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="88"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="89"/>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="90"/>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="91"/>
        <source>Postal code</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="92"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="93"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="94"/>
        <source>External ID</source>
        <translation>Harici kimlik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="95"/>
        <source>Address and notes</source>
        <translation>Adres ve notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/company_editor.py" line="99"/>
        <source>More fields</source>
        <translation>Diğer alanlar</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="81"/>
        <source>New contact</source>
        <translation>Yeni kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="81"/>
        <source>Edit contact</source>
        <translation>Kişiyi düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="88"/>
        <source>From the given and family names</source>
        <translation>Ad ve soyaddan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="99"/>
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="103"/>
        <source>Separate tags with commas</source>
        <translation>Etiketleri virgülle ayırın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="106"/>
        <source>Their id in the program they were imported from</source>
        <translation>İçe aktarıldığı programdaki kimliği</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="110"/>
        <source>Not known</source>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="122"/>
        <source>No preference</source>
        <translation>Tercih yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="125"/>
        <source>Do not call</source>
        <translation>Aranmasın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="126"/>
        <source>Do not email</source>
        <translation>E-posta gönderilmesin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="127"/>
        <source>Do not send SMS</source>
        <translation>SMS gönderilmesin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="128"/>
        <source>Do not send post</source>
        <translation>Posta gönderilmesin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="129"/>
        <source>Agreed to receive marketing</source>
        <translation>Pazarlama iletileri almayı kabul etti</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="132"/>
        <source>How this person likes to be served</source>
        <translation>Bu kişi nasıl hizmet almak istiyor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="141"/>
        <source>Choose photo…</source>
        <translation>Fotoğraf seç…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="143"/>
        <source>Remove photo</source>
        <translation>Fotoğrafı kaldır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="158"/>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="159"/>
        <source>Family name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="160"/>
        <source>Shown as</source>
        <translation>Görünen ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="161"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="162"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="163"/>
        <source>Emails</source>
        <translation>E-postalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="164"/>
        <source>Phones</source>
        <translation>Telefonlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="165"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="166"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="167"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="168"/>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="169"/>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="172"/>
        <source>Birthday</source>
        <translation>Doğum günü</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="173"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="174"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="175"/>
        <source>External ID</source>
        <translation>Harici kimlik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="176"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="177"/>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="178"/>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="179"/>
        <source>Postal code</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="180"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="181"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="182"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="185"/>
        <source>Preferred channel</source>
        <translation>Tercih edilen kanal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="190"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="191"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="195"/>
        <source>More fields</source>
        <translation>Diğer alanlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="212"/>
        <source>Choose a photo</source>
        <translation>Bir fotoğraf seçin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="214"/>
        <source>Pictures ({patterns})</source>
        <translation>Resimler ({patterns})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="241"/>
        <source>No photo</source>
        <translation>Fotoğraf yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="283"/>
        <source>Agreed on {0}</source>
        <translation>Onay tarihi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="326"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>Şirketi listeden seçin (veya alanı boşaltın).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="372"/>
        <source>Possible duplicate</source>
        <translation>Olası yineleme</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="373"/>
        <source>This may be someone you have saved already:</source>
        <translation>Bu, daha önce kaydettiğiniz biri olabilir:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="375"/>
        <source>Save anyway</source>
        <translation>Yine de kaydet</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="37"/>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="43"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln kişi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="48"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="49"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="50"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="51"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="52"/>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="55"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="60"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="63"/>
        <source>Changed</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="74"/>
        <source>Any stage</source>
        <translation>Tüm aşamalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="85"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="99"/>
        <source>Any field</source>
        <translation>Herhangi bir alan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="105"/>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="107"/>
        <source>Any owner</source>
        <translation>Tüm sorumlular</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="149"/>
        <source>Add a tag…</source>
        <translation>Etiket ekle…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="150"/>
        <source>Assign owner</source>
        <translation>Sorumlu ata</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="153"/>
        <source>Change stage</source>
        <translation>Aşamayı değiştir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="167"/>
        <source>Add a tag</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contacts.py" line="167"/>
        <source>Tag:</source>
        <translation>Etiket:</translation>
    </message>
</context>
<context>
    <name>CustomFieldDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="233"/>
        <source>Custom field</source>
        <translation>Özel alan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="236"/>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="237"/>
        <source>Companies</source>
        <translation>Şirketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="238"/>
        <source>Deals</source>
        <translation>Fırsatlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="246"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="247"/>
        <source>Number</source>
        <comment>field type</comment>
        <translation>Sayı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="248"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="249"/>
        <source>Choice</source>
        <translation>Seçim</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="250"/>
        <source>Yes / no</source>
        <translation>Evet / hayır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="254"/>
        <source>For a choice: the options, separated by commas</source>
        <translation>Seçim için: seçenekler, virgülle ayrılmış</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="255"/>
        <source>Must be filled in</source>
        <translation>Doldurulması zorunlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="257"/>
        <source>For</source>
        <translation>İlgili</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="258"/>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="259"/>
        <source>Label</source>
        <translation>Görünen ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="260"/>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="261"/>
        <source>Choices</source>
        <translation>Seçenekler</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="262"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="287"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="289"/>
        <source>Log call</source>
        <translation>Arama kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="292"/>
        <source>Log meeting</source>
        <translation>Toplantı kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="295"/>
        <source>Add note</source>
        <translation>Not ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="298"/>
        <source>New task</source>
        <translation>Yeni görev</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="301"/>
        <source>New deal</source>
        <translation>Yeni fırsat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="304"/>
        <source>New case</source>
        <translation>Yeni vaka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="306"/>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="307"/>
        <source>Details, open deals, purchases, cases and recent activities</source>
        <translation>Ayrıntılar, açık fırsatlar, satın almalar, vakalar ve son etkinlikler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="327"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="329"/>
        <source>More fields</source>
        <translation>Diğer alanlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="331"/>
        <source>People</source>
        <translation>Çalışanlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="339"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="341"/>
        <source>Emails</source>
        <translation>E-postalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="343"/>
        <source>Phones</source>
        <translation>Telefonlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="345"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="351"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="719"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="364"/>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="367"/>
        <source>Amount or status</source>
        <translation>Tutar veya durum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="373"/>
        <source>Show more</source>
        <translation>Daha fazla göster</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="385"/>
        <source>Open deals</source>
        <translation>Açık fırsatlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="853"/>
        <source>Deal</source>
        <translation>Fırsat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="387"/>
        <source>Expected close</source>
        <translation>Beklenen kapanış</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="391"/>
        <source>Open cases</source>
        <translation>Açık vakalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="852"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="393"/>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="397"/>
        <source>Purchases</source>
        <translation>Satın almalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <source>Year</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="401"/>
        <source>Times</source>
        <translation>Kaç kez</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="463"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="495"/>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="602"/>
        <source>This contact is in the bin.</source>
        <translation>Bu kişi çöp kutusunda.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="604"/>
        <source>This company is in the bin.</source>
        <translation>Bu şirket çöp kutusunda.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="623"/>
        <source>No notes.</source>
        <translation>Not yok.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="658"/>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="664"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="727"/>
        <source>Owner: {0}</source>
        <translation>Sorumlu: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="669"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="699"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="767"/>
        <source>Do not call</source>
        <translation>Aranmasın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="670"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="700"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="769"/>
        <source>Do not email</source>
        <translation>E-posta gönderilmesin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="671"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="701"/>
        <source>Do not send SMS</source>
        <translation>SMS gönderilmesin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="672"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="702"/>
        <source>Do not send post</source>
        <translation>Posta gönderilmesin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="676"/>
        <source>Do not contact: {0}</source>
        <translation>İletişim kurulmasın: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="680"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="681"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="724"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="682"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="737"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="683"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="738"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="684"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="685"/>
        <source>Birthday</source>
        <translation>Doğum günü</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="686"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="687"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="736"/>
        <source>External ID</source>
        <translation>Harici kimlik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="688"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="739"/>
        <source>Added</source>
        <translation>Eklenme tarihi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="695"/>
        <source>Prefers</source>
        <translation>Tercihi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="696"/>
        <source>No preference</source>
        <translation>Tercih yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="699"/>
        <source>Calls are welcome</source>
        <translation>Aranabilir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="700"/>
        <source>Emails are welcome</source>
        <translation>E-posta gönderilebilir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="701"/>
        <source>SMS are welcome</source>
        <translation>SMS gönderilebilir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="702"/>
        <source>Post is welcome</source>
        <translation>Posta gönderilebilir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="709"/>
        <source>Agreed on {0}</source>
        <translation>Onay tarihi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="711"/>
        <source>Agreed</source>
        <translation>Onay verdi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="713"/>
        <source>Not agreed</source>
        <translation>Onay vermedi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="715"/>
        <source>Marketing</source>
        <translation>Pazarlama</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="728"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln kişi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="733"/>
        <source>Industry</source>
        <translation>Sektör</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="734"/>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="735"/>
        <source>Tax number</source>
        <translation>Vergi numarası</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="752"/>
        <source>work</source>
        <translation>iş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="753"/>
        <source>home</source>
        <translation>ev</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="754"/>
        <source>mobile</source>
        <translation>cep</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="755"/>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="756"/>
        <source>other</source>
        <translation>diğer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="770"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="771"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="775"/>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="786"/>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="786"/>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="805"/>
        <source>and %n more</source>
        <translation>
            <numerusform>ve %Ln kişi daha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="820"/>
        <source>Timeline (%n entries)</source>
        <translation>
            <numerusform>Zaman çizelgesi (%Ln kayıt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="822"/>
        <source>Timeline (newest %n)</source>
        <translation>
            <numerusform>Zaman çizelgesi (en yeni %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="847"/>
        <source>in</source>
        <translation>gelen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="847"/>
        <source>out</source>
        <translation>giden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="851"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="854"/>
        <source>Sale</source>
        <translation>Satış</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="861"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln dk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="865"/>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="867"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="955"/>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="869"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="895"/>
        <source>Due {0}</source>
        <translation>Son tarih {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="871"/>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="903"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="902"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="904"/>
        <source>Waiting</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="905"/>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="906"/>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="911"/>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="912"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="913"/>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="914"/>
        <source>Urgent</source>
        <translation>Acil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="928"/>
        <source>Weighted: {0} ({1} %)</source>
        <translation>Ağırlıklı: {0} (%{1})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="935"/>
        <source>Open deals: %n, worth {0}</source>
        <translation>
            <numerusform>Açık fırsatlar: %Ln, değeri {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="940"/>
        <source>Open deals: none</source>
        <translation>Açık fırsatlar: yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="957"/>
        <source>Escalated to level {0}</source>
        <translation>{0}. seviyeye yükseltildi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="960"/>
        <source>Open cases: %n</source>
        <translation>
            <numerusform>Açık vakalar: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="960"/>
        <source>Open cases: none</source>
        <translation>Açık vakalar: yok</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="962"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln gecikmiş</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="969"/>
        <source>No purchases yet.</source>
        <translation>Henüz satın alma yok.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="979"/>
        <source>%n sale(s), {0} in all; the last on {1}</source>
        <translation>
            <numerusform>%Ln satış, toplam {0}; sonuncusu {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="990"/>
        <source>(no description)</source>
        <translation>(açıklama yok)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/customer_page.py" line="1054"/>
        <source>This version cannot create that yet.</source>
        <translation>Bu sürüm bunu henüz oluşturamıyor.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="475"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="544"/>
        <source>Dashboard</source>
        <translation>Gösterge paneli</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="480"/>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="487"/>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="506"/>
        <source>No open deals.</source>
        <translation>Açık fırsat yok.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="510"/>
        <source>No open cases.</source>
        <translation>Açık vaka yok.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="514"/>
        <source>No sales in the last twelve months.</source>
        <translation>Son on iki ayda satış yok.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="516"/>
        <source>Pipeline by stage</source>
        <translation>Aşamalara göre satış hattı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="517"/>
        <source>Open cases by priority</source>
        <translation>Önceliğe göre açık vakalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="518"/>
        <source>Sales by month</source>
        <translation>Aylara göre satışlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="548"/>
        <source>Open pipeline</source>
        <translation>Açık fırsatların değeri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="549"/>
        <source>Forecast this month (weighted)</source>
        <translation>Bu ayın tahmini (ağırlıklı)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="550"/>
        <source>Forecast next month (weighted)</source>
        <translation>Gelecek ayın tahmini (ağırlıklı)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="551"/>
        <source>Won this month</source>
        <translation>Bu ay kazanılan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="552"/>
        <source>New contacts this month</source>
        <translation>Bu ayki yeni kişiler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="553"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="742"/>
        <source>Open cases</source>
        <translation>Açık vakalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="554"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="743"/>
        <source>Overdue cases</source>
        <translation>Gecikmiş vakalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="555"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="744"/>
        <source>Overdue tasks</source>
        <translation>Gecikmiş görevler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="587"/>
        <source>The figures could not be counted: {0}</source>
        <translation>Rakamlar hesaplanamadı: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="610"/>
        <source>As of {time} · amounts in {currency}</source>
        <translation>{time} itibarıyla · tutarlar {currency} cinsinden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="617"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%Ln açık fırsat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="629"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%Ln fırsat kazanıldı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="634"/>
        <source>new, open or waiting</source>
        <translation>yeni, açık veya beklemede</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="637"/>
        <source>past their SLA time</source>
        <translation>SLA süresi geçmiş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="642"/>
        <source>not done, past due</source>
        <translation>tamamlanmamış, süresi geçmiş</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="653"/>
        <source>%n deal(s) closing in {month}</source>
        <translation>
            <numerusform>{month} içinde kapanacak %Ln fırsat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="666"/>
        <source>{stage}: %n deal(s), {amount}</source>
        <translation>
            <numerusform>{stage}: %Ln fırsat, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="672"/>
        <source>open deals, value in {0}</source>
        <translation>açık fırsatlar, değer {0} cinsinden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="676"/>
        <source>Urgent</source>
        <translation>Acil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="677"/>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="678"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="679"/>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="686"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%Ln gecikmiş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="696"/>
        <source>{priority}: %n open case(s)</source>
        <translation>
            <numerusform>{priority}: %Ln açık vaka</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="706"/>
        <source>darker: overdue</source>
        <translation>koyu renk: gecikmiş</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="717"/>
        <source>{month}: %n sale(s), {amount}</source>
        <translation>
            <numerusform>{month}: %Ln satış, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="728"/>
        <source>last twelve months, in {0}</source>
        <translation>son on iki ay, {0} cinsinden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="735"/>
        <source>Open deals</source>
        <translation>Açık fırsatlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="736"/>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="737"/>
        <source>Open deals closing in {0}</source>
        <translation>{0} içinde kapanacak açık fırsatlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="740"/>
        <source>Deals won in {0}</source>
        <translation>{0} içinde kazanılan fırsatlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="741"/>
        <source>Contacts added in {0}</source>
        <translation>{0} içinde eklenen kişiler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="756"/>
        <source>Deals in {0}</source>
        <translation>{0} aşamasındaki fırsatlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="761"/>
        <source>Open cases: {0}</source>
        <translation>Açık vakalar: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="767"/>
        <source>Sales in {0}</source>
        <translation>{0} satışları</translation>
    </message>
</context>
<context>
    <name>DealEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="300"/>
        <source>New deal</source>
        <translation>Yeni fırsat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="300"/>
        <source>Edit deal</source>
        <translation>Fırsatı düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="327"/>
        <source>Why the customer said no</source>
        <translation>Müşteri neden hayır dedi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="345"/>
        <source>The deal has an expected close date</source>
        <translation>Fırsatın beklenen bir kapanış tarihi var</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="362"/>
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="366"/>
        <source>Separate tags with commas</source>
        <translation>Etiketleri virgülle ayırın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="379"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="380"/>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="381"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="382"/>
        <source>Pipeline</source>
        <translation>Satış hattı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="383"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="384"/>
        <source>Lost because</source>
        <translation>Kaybedilme nedeni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="386"/>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="387"/>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="393"/>
        <source>Exchange rate</source>
        <translation>Döviz kuru</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="399"/>
        <source>Expected close</source>
        <translation>Beklenen kapanış</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="400"/>
        <source>Probability</source>
        <translation>Olasılık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="401"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="402"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="403"/>
        <source>Deal</source>
        <translation>Fırsat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="406"/>
        <source>Products offered</source>
        <translation>Önerilen ürünler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="407"/>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="410"/>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="411"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="415"/>
        <source>More fields</source>
        <translation>Diğer alanlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="436"/>
        <source>Print quote…</source>
        <translation>Teklifi yazdır…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="529"/>
        <source>From the stage ({0} %)</source>
        <translation>Aşamadan (%{0})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="556"/>
        <source>{0} for 1 {1}</source>
        <translation>1 {1} için {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="561"/>
        <source>The total of the products offered</source>
        <translation>Önerilen ürünlerin toplamı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="621"/>
        <source>Pick the contact from the list (or clear the field).</source>
        <translation>Kişiyi listeden seçin (veya alanı boşaltın).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="622"/>
        <source>Pick the company from the list (or clear the field).</source>
        <translation>Şirketi listeden seçin (veya alanı boşaltın).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="646"/>
        <source>Line {0}: {1}</source>
        <translation>Satır {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="659"/>
        <source>Close without saving your changes?</source>
        <translation>Değişiklikleriniz kaydedilmeden kapatılsın mı?</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="105"/>
        <source>Find duplicates</source>
        <translation>Yinelenenleri bul</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="107"/>
        <source>Looking for contacts that are probably the same person…</source>
        <translation>Büyük olasılıkla aynı kişi olan kişiler aranıyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="110"/>
        <source>Likely duplicates</source>
        <translation>Olası yinelenenler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="111"/>
        <source>Past merges</source>
        <translation>Geçmiş birleştirmeler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="136"/>
        <source>Keep the other one</source>
        <translation>Diğerini tut</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>Stays</source>
        <translation>Kalan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Merged into it</source>
        <translation>Ona birleştirilen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="146"/>
        <source>After the merge</source>
        <translation>Birleştirmeden sonra</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="154"/>
        <source>The activities, deals, cases, sales and tasks of the contact merged into the other move to it, with the emails, phones and tags it lacks; a “do not contact” of either stays. It then goes to the bin. Past merges can separate them again.</source>
        <translation>Diğerine birleştirilen kişinin etkinlikleri, fırsatları, vakaları, satışları ve görevleri, onda olmayan e-postalar, telefonlar ve etiketlerle birlikte ona taşınır; ikisinden birindeki “iletişim kurulmasın” işareti korunur. Ardından çöp kutusuna gider. Geçmiş birleştirmeler onları yeniden ayırabilir.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="160"/>
        <source>Merge…</source>
        <translation>Birleştir…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Merged on</source>
        <translation>Birleştirme tarihi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Stayed</source>
        <translation>Kalan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="190"/>
        <source>Undone on</source>
        <translation>Geri alma tarihi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="194"/>
        <source>Unmerge…</source>
        <translation>Ayır…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="226"/>
        <source>Likely duplicates: {0}. Choose a pair, which contact stays and which values it keeps, then Merge.</source>
        <translation>Olası yinelenenler: {0}. Bir çift, hangi kişinin kalacağını ve hangi değerleri koruyacağını seçin, ardından Birleştir&apos;e basın.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="298"/>
        <source>“{0}” stays; “{1}” is merged into it.</source>
        <translation>“{0}” kalır; “{1}” onunla birleştirilir.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="339"/>
        <source>Both, one after the other</source>
        <translation>İkisi de, art arda</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="359"/>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="364"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="388"/>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="389"/>
        <source>Family name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="390"/>
        <source>Shown as</source>
        <translation>Görünen ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="391"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="392"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="393"/>
        <source>Birthday</source>
        <translation>Doğum günü</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="394"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="395"/>
        <source>Preferred channel</source>
        <translation>Tercih edilen kanal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="396"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="397"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="398"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="399"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="400"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="401"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="402"/>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="403"/>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="404"/>
        <source>Postal code</source>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="405"/>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="416"/>
        <source>Merge “{1}” into “{0}”?

The history, emails, phones and tags of “{1}” move to “{0}”, which takes the values chosen; “{1}” goes to the bin.</source>
        <translation>“{1}” kişisi “{0}” kişisiyle birleştirilsin mi?

“{1}” kişisinin geçmişi, e-postaları, telefonları ve etiketleri, seçilen değerleri alan “{0}” kişisine taşınır; “{1}” çöp kutusuna gider.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="426"/>
        <source>“{1}” was merged into “{0}”.</source>
        <translation>“{1}” kişisi “{0}” kişisiyle birleştirildi.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="468"/>
        <source>Past merges ({0})</source>
        <translation>Geçmiş birleştirmeler ({0})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="492"/>
        <source>Separate “{1}” from “{0}” again?

“{1}” comes back from the bin with what was moved from it, and “{0}” gets back the values it had before the merge.</source>
        <translation>“{1}” kişisi “{0}” kişisinden yeniden ayrılsın mı?

“{1}”, kendisinden taşınanlarla birlikte çöp kutusundan geri gelir; “{0}” da birleştirmeden önceki değerlerini geri alır.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="506"/>
        <source>“{1}” and “{0}” are separate again.</source>
        <translation>“{1}” ve “{0}” yeniden ayrıldı.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="128"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="164"/>
        <source>Undo merge</source>
        <translation>Birleştirmeyi geri al</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/duplicates_dialog.py" line="233"/>
        <source>No likely duplicates.</source>
        <translation>Olası yinelenen yok.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="63"/>
        <source>Export {0}</source>
        <translation>Dışa aktar: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="66"/>
        <source>The whole list, as it is filtered now</source>
        <translation>Listenin tamamı, şu anki filtresiyle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="68"/>
        <source>The whole list, as it is filtered now (%n row(s))</source>
        <translation>
            <numerusform>Listenin tamamı, şu anki filtresiyle (%Ln satır)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="70"/>
        <source>Only the selected rows (%n)</source>
        <translation>
            <numerusform>Yalnızca seçili satırlar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="96"/>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="99"/>
        <source>Open folder</source>
        <translation>Klasörü aç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="110"/>
        <source>Rows</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="111"/>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="122"/>
        <source>CSV, for Excel, Google or Outlook (.csv)</source>
        <translation>CSV, Excel, Google ya da Outlook için (.csv)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="123"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel çalışma kitabı (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="124"/>
        <source>vCard, for phones and mail programs (.vcf)</source>
        <translation>vCard, telefonlar ve e-posta programları için (.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="125"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="126"/>
        <source>iCalendar, for calendar programs (.ics)</source>
        <translation>iCalendar, takvim programları için (.ics)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="158"/>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="160"/>
        <source>Export to</source>
        <translation>Dışa aktarılacak yer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="183"/>
        <source>Writing {0}…</source>
        <translation>{0} yazılıyor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/export_dialog.py" line="196"/>
        <source>%n row(s) written to {0} in {1}.</source>
        <translation>
            <numerusform>%Ln satır, {1} klasöründeki {0} dosyasına yazıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/dashboard.py" line="406"/>
        <source>Click to open the list.</source>
        <translation>Listeyi açmak için tıklayın.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="50"/>
        <source>Welcome to CRM Desktop</source>
        <translation>CRM Desktop&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="58"/>
        <source>Your shop or company</source>
        <translation>Mağazanız veya şirketiniz</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="71"/>
        <source>Start with an empty database</source>
        <translation>Boş bir veritabanıyla başla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="72"/>
        <source>Start with sample data to try things out</source>
        <translation>Denemek için örnek verilerle başla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="76"/>
        <source>A few questions before we start. You can change all of this later in Settings.</source>
        <translation>Başlamadan önce birkaç soru. Bunların hepsini daha sonra Ayarlar&apos;dan değiştirebilirsiniz.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="80"/>
        <source>Business name</source>
        <translation>İşletme adı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="81"/>
        <source>Country (for phone numbers)</source>
        <translation>Ülke (telefon numaraları için)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="82"/>
        <source>Main currency</source>
        <translation>Ana para birimi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="83"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="87"/>
        <source>Start</source>
        <translation>Başla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/first_start.py" line="109"/>
        <source>Type the name printed on your reports and quotes.</source>
        <translation>Raporlarınızda ve tekliflerinizde basılacak adı yazın.</translation>
    </message>
</context>
<context>
    <name>ForecastStrip</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="524"/>
        <source>Weighted forecast</source>
        <translation>Ağırlıklı tahmin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="533"/>
        <source>Won this month</source>
        <translation>Bu ay kazanılan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="559"/>
        <source>%n open deal(s) expected to close</source>
        <translation>
            <numerusform>kapanması beklenen %Ln açık fırsat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="568"/>
        <source>%n deal(s) won</source>
        <translation>
            <numerusform>%Ln fırsat kazanıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="26"/>
        <source>Search contacts, companies, deals, cases, articles (Ctrl+K)</source>
        <translation>Kişi, şirket, fırsat, vaka ve makale ara (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="44"/>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="45"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="46"/>
        <source>Deal</source>
        <translation>Fırsat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="47"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="48"/>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/global_search.py" line="73"/>
        <source>Nothing found</source>
        <translation>Hiçbir şey bulunamadı</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="63"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="330"/>
        <source>Choose an article, or press New to write one.</source>
        <translation>Bir makale seçin ya da yeni bir tane yazmak için Yeni&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="351"/>
        <source>Knowledge base</source>
        <translation>Bilgi bankası</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="364"/>
        <source>All articles</source>
        <translation>Tüm makaleler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="403"/>
        <source>Discard the changes to “{0}”?</source>
        <translation>“{0}” üzerindeki değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/knowledge.py" line="404"/>
        <source>New article</source>
        <translation>Yeni makale</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="131"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="132"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="133"/>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="134"/>
        <source>Unit price</source>
        <translation>Birim fiyat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="135"/>
        <source>Discount %</source>
        <translation>İndirim %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="136"/>
        <source>Line total</source>
        <translation>Satır toplamı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="150"/>
        <source>Add line</source>
        <translation>Satır ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="196"/>
        <source>Type a name or code</source>
        <translation>Ad veya kod yazın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="208"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="209"/>
        <source>Remove this line</source>
        <translation>Bu satırı kaldır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="244"/>
        <source>Price in {0}</source>
        <translation>{0} cinsinden fiyat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="305"/>
        <source>Line {0}: {1}</source>
        <translation>Satır {0}: {1}</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="96"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="97"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="98"/>
        <source>Quantity</source>
        <translation>Miktar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="99"/>
        <source>Unit price</source>
        <translation>Birim fiyat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="100"/>
        <source>Discount %</source>
        <translation>İndirim %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="101"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="118"/>
        <source>Add line</source>
        <translation>Satır ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="121"/>
        <source>Remove line</source>
        <translation>Satırı kaldır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="157"/>
        <source>No product</source>
        <translation>Ürün yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="220"/>
        <source>This product is priced in {0}: give its price in {1}.</source>
        <translation>Bu ürünün fiyatı {0} cinsinden: fiyatını {1} cinsinden girin.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="276"/>
        <source>Total: {0}</source>
        <translation>Toplam: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="99"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="177"/>
        <location filename="../../src/crm_desktop/ui/selftest.py" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="179"/>
        <source>&amp;New…</source>
        <translation>&amp;Yeni…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="181"/>
        <source>&amp;Import…</source>
        <translation>&amp;İçe aktar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="184"/>
        <source>Export &amp;everything…</source>
        <translation>&amp;Tümünü dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="186"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="188"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="189"/>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="227"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="194"/>
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="196"/>
        <source>Search &amp;everywhere</source>
        <translation>&amp;Her yerde ara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="197"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Yinelenenleri bul…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="199"/>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="205"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="207"/>
        <source>&amp;Go to</source>
        <translation>G&amp;it</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="214"/>
        <source>&amp;About CRM Desktop</source>
        <translation>CRM Desktop &amp;hakkında</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="232"/>
        <source>Undone.</source>
        <translation>Geri alındı.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/main_window.py" line="272"/>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>MethodsEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="29"/>
        <source>Add email</source>
        <translation>E-posta ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="29"/>
        <source>Add phone</source>
        <translation>Telefon ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="35"/>
        <source>Work</source>
        <translation>İş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="36"/>
        <source>Home</source>
        <translation>Ev</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="37"/>
        <source>Mobile</source>
        <translation>Cep</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="38"/>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="39"/>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="55"/>
        <source>Primary</source>
        <translation>Birincil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/methods_editor.py" line="58"/>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="667"/>
        <source>Board</source>
        <translation>Pano</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="670"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="680"/>
        <source>New deal</source>
        <translation>Yeni fırsat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="684"/>
        <source>Pipeline:</source>
        <translation>Satış hattı:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="725"/>
        <source>Filter deals…</source>
        <translation>Fırsatları filtrele…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="730"/>
        <source>Open, won and lost</source>
        <translation>Açık, kazanılan ve kaybedilen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="736"/>
        <source>Show all</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="761"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1007"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="807"/>
        <source>Pipeline</source>
        <translation>Satış hattı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="811"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="812"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="813"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="816"/>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="825"/>
        <source>Probability</source>
        <translation>Olasılık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="833"/>
        <source>Expected close</source>
        <translation>Beklenen kapanış</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="839"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="842"/>
        <source>Changed</source>
        <translation>Son değişiklik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="873"/>
        <source>Every owner</source>
        <translation>Tüm sorumlular</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="884"/>
        <source>Every stage</source>
        <translation>Tüm aşamalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="910"/>
        <source>There is no pipeline yet. Add one in Settings.</source>
        <translation>Henüz satış hattı yok. Ayarlar&apos;dan bir tane ekleyin.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="945"/>
        <source>This pipeline has no stages yet. Add them in Settings.</source>
        <translation>Bu satış hattının henüz aşaması yok. Ayarlar&apos;dan ekleyin.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1008"/>
        <source>Move to</source>
        <translation>Taşı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1017"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1198"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1061"/>
        <source>Undo move of “{0}”</source>
        <translation>“{0}” taşımasını geri al</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1062"/>
        <source>Won: {0}</source>
        <translation>Kazanıldı: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1167"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln fırsat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1169"/>
        <source>(loading…)</source>
        <translation>(yükleniyor…)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1199"/>
        <source>Export selected…</source>
        <translation>Seçilenleri dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1255"/>
        <source>Deals</source>
        <translation>Fırsatlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="1267"/>
        <source>Undo delete of %n deal(s)</source>
        <translation>
            <numerusform>%Ln fırsatın silinmesini geri al</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineSettings</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="72"/>
        <source>Add pipeline</source>
        <translation>Satış hattı ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="75"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="336"/>
        <source>Delete pipeline</source>
        <translation>Satış hattını sil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="81"/>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="91"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="149"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="96"/>
        <source>Pipelines</source>
        <translation>Satış hatları</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="150"/>
        <source>Probability</source>
        <translation>Olasılık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="151"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="105"/>
        <source>Deals</source>
        <translation>Fırsatlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="116"/>
        <source>Add stage</source>
        <translation>Aşama ekle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="119"/>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="122"/>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="125"/>
        <source>Delete stage</source>
        <translation>Aşamayı sil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="144"/>
        <source>Save stage</source>
        <translation>Aşamayı kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="155"/>
        <source>Stages</source>
        <translation>Aşamalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="274"/>
        <source>Only a pipeline without deals can be deleted, and one pipeline must stay.</source>
        <translation>Yalnızca fırsatı olmayan bir satış hattı silinebilir ve en az bir satış hattı kalmalıdır.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="284"/>
        <source>Only a stage without deals can be deleted.</source>
        <translation>Yalnızca fırsatı olmayan bir aşama silinebilir.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="302"/>
        <source>New pipeline</source>
        <translation>Yeni satış hattı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="305"/>
        <source>New pipeline {0}</source>
        <translation>Yeni satış hattı {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="337"/>
        <source>Delete the pipeline “{0}” and its stages?</source>
        <translation>“{0}” satış hattı ve aşamaları silinsin mi?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline_settings.py" line="364"/>
        <source>New stage</source>
        <translation>Yeni aşama</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="80"/>
        <source>New product</source>
        <translation>Yeni ürün</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="80"/>
        <source>Edit product</source>
        <translation>Ürünü düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="85"/>
        <source>Your code for it, e.g. TEA-250</source>
        <translation>Sizin kodunuz, örn. TEA-250</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="104"/>
        <source>On sale (shown when entering sales)</source>
        <translation>Satışta (satış girerken gösterilir)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="111"/>
        <source>Code (SKU)</source>
        <translation>Kod (SKU)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="112"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="113"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="114"/>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="115"/>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="116"/>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="117"/>
        <source>Margin</source>
        <translation>Kâr marjı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="118"/>
        <source>Tax %</source>
        <translation>Vergi %</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/product_editor.py" line="186"/>
        <source>Discard the changes to this product?</source>
        <translation>Bu üründeki değişiklikler atılsın mı?</translation>
    </message>
</context>
<context>
    <name>ProductsList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="37"/>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/products.py" line="46"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln ürün</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="50"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="51"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="54"/>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="61"/>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="65"/>
        <source>Margin</source>
        <translation>Kâr marjı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="72"/>
        <source>Tax</source>
        <translation>Vergi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="79"/>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="89"/>
        <source>On sale</source>
        <translation>Satışta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="80"/>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="80"/>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="88"/>
        <source>All products</source>
        <translation>Tüm ürünler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="90"/>
        <source>Not on sale</source>
        <translation>Satışta değil</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="198"/>
        <source>Products &amp; sales</source>
        <translation>Ürünler ve satışlar</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="48"/>
        <source>Filter…</source>
        <translation>Filtrele…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="84"/>
        <source>Show all</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="94"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="103"/>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="274"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/record_list.py" line="127"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/record_list.py" line="212"/>
        <source>Undo delete of %n record(s)</source>
        <translation>
            <numerusform>%Ln kaydın silinmesini geri al</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="255"/>
        <source>(loading…)</source>
        <translation>(yükleniyor…)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="278"/>
        <source>Export selected…</source>
        <translation>Seçilenleri dışa aktar…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/record_list.py" line="279"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="300"/>
        <source>Due {0}</source>
        <translation>Son tarih {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="302"/>
        <source>Reminder: {0}</source>
        <translation>Hatırlatma: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderToast</name>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="66"/>
        <source>Reminder</source>
        <translation>Hatırlatma</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="74"/>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="83"/>
        <source>Due {0}</source>
        <translation>Son tarih {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="86"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/reminders.py" line="89"/>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="213"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="219"/>
        <source>Fit width</source>
        <translation>Genişliğe sığdır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="220"/>
        <source>Whole page</source>
        <translation>Tüm sayfa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="222"/>
        <source>{0} %</source>
        <translation>%{0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="224"/>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="227"/>
        <source>Save as PDF…</source>
        <translation>PDF olarak kaydet…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="242"/>
        <source>Choose a report and press Preview.</source>
        <translation>Bir rapor seçin ve Önizleme&apos;ye basın.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="253"/>
        <source>Making the report…</source>
        <translation>Rapor hazırlanıyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="279"/>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="304"/>
        <source>The report was made but could not be shown ({0}).</source>
        <translation>Rapor hazırlandı ancak gösterilemedi ({0}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="313"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln sayfa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="373"/>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="383"/>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="379"/>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="395"/>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="409"/>
        <source>Save as PDF</source>
        <translation>PDF olarak kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="397"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="410"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} yazılamıyor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/widgets/pdf_preview.py" line="413"/>
        <source>Saved to {path}</source>
        <translation>{path} konumuna kaydedildi</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="451"/>
        <source>Filters</source>
        <translation>Filtreler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="459"/>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="499"/>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="588"/>
        <source>There is no report called “{0}”.</source>
        <translation>“{0}” adında bir rapor yok.</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="274"/>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="275"/>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="282"/>
        <source>Group by</source>
        <translation>Gruplama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="288"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="295"/>
        <source>Type to find…</source>
        <translation>Bulmak için yazın…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="300"/>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="302"/>
        <source>Anyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="304"/>
        <source>Every pipeline</source>
        <translation>Tüm satış hatları</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="306"/>
        <source>Every product</source>
        <translation>Tüm ürünler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="309"/>
        <source>Any stage</source>
        <translation>Tüm aşamalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="313"/>
        <source>Any priority</source>
        <translation>Tüm öncelikler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="317"/>
        <source>Any kind</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="323"/>
        <source>Name, email, phone…</source>
        <translation>Ad, e-posta, telefon…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="351"/>
        <source>{0}: choose from the list that opens as you type, or clear the field.</source>
        <translation>{0}: yazarken açılan listeden seçin ya da alanı boşaltın.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="363"/>
        <source>Choose what the report is about: {0}.</source>
        <translation>Raporun konusunu seçin: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="364"/>
        <source> or </source>
        <translation> veya </translation>
    </message>
</context>
<context>
    <name>SaleEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="322"/>
        <source>New sale</source>
        <translation>Yeni satış</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="322"/>
        <source>Edit sale</source>
        <translation>Satışı düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="325"/>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="327"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="336"/>
        <source>Type a name</source>
        <translation>Bir ad yazın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="352"/>
        <source>Given when saved</source>
        <translation>Kaydederken verilir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="378"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="379"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="380"/>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="381"/>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="382"/>
        <source>Exchange rate</source>
        <translation>Döviz kuru</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="383"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="389"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="392"/>
        <source>Lines</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="449"/>
        <source>1 {currency} in {base}:</source>
        <translation>{base} cinsinden 1 {currency}:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="453"/>
        <source>Rate on the sale&apos;s date</source>
        <translation>Satış tarihindeki kur</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="456"/>
        <source>Not needed for {0}</source>
        <translation>{0} için gerekmez</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="543"/>
        <source>Pick the customer from the list.</source>
        <translation>Müşteriyi listeden seçin.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sale_editor.py" line="576"/>
        <source>Discard the changes to this sale?</source>
        <translation>Bu satıştaki değişiklikler atılsın mı?</translation>
    </message>
</context>
<context>
    <name>SalesList</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="112"/>
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/products.py" line="121"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%Ln satış</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="127"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="134"/>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="136"/>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="139"/>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/products.py" line="145"/>
        <source>Lines</source>
        <translation>Satırlar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="394"/>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="398"/>
        <source>Business</source>
        <translation>İşletme</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="399"/>
        <source>People</source>
        <translation>Çalışanlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="400"/>
        <source>Custom fields</source>
        <translation>Özel alanlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="401"/>
        <source>Pipelines</source>
        <translation>Satış hatları</translation>
    </message>
</context>
<context>
    <name>StageColumnWidget</name>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="502"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%Ln fırsat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="512"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%Ln tane daha…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="513"/>
        <source>Show every deal of this stage in the list</source>
        <translation>Bu aşamadaki tüm fırsatları listede göster</translation>
    </message>
</context>
<context>
    <name>StageNoteDialog</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="599"/>
        <source>Deal lost</source>
        <translation>Fırsat kaybedildi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="599"/>
        <source>Deal won</source>
        <translation>Fırsat kazanıldı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="601"/>
        <source>Why was “{0}” lost?</source>
        <translation>“{0}” neden kaybedildi?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="603"/>
        <source>“{0}” moves to {1}. Add a note if you like (optional).</source>
        <translation>“{0}”, {1} aşamasına geçiyor. İsterseniz bir not ekleyin (isteğe bağlı).</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/pipeline.py" line="610"/>
        <source>Price, timing, a competitor…</source>
        <translation>Fiyat, zamanlama, bir rakip…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="314"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="594"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="616"/>
        <source>Sync not set up</source>
        <translation>Eşitleme ayarlanmadı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="356"/>
        <source>Sign in</source>
        <translation>Oturum aç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="359"/>
        <source>Sign out</source>
        <translation>Oturumu kapat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="368"/>
        <source>Sync server</source>
        <translation>Eşitleme sunucusu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="370"/>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="371"/>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="372"/>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="392"/>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="405"/>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="406"/>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="408"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="483"/>
        <source>Sync</source>
        <translation>Eşitleme</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="425"/>
        <source>Sync automatically every</source>
        <translation>Otomatik eşitleme aralığı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="434"/>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="435"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="436"/>
        <source>My value</source>
        <translation>Benim değerim</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="437"/>
        <source>Their value</source>
        <translation>Onların değeri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="438"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="451"/>
        <source>Keep mine</source>
        <translation>Benimkini koru</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="454"/>
        <source>Keep theirs</source>
        <translation>Onlarınkini koru</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="457"/>
        <source>Conflicts</source>
        <translation>Çakışmalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="461"/>
        <source>The same field was changed here and on another computer before they synced. The newer change is shown now; choose which value to keep.</source>
        <translation>Aynı alan, eşitlemeden önce hem burada hem de başka bir bilgisayarda değiştirildi. Şu anda daha yeni değişiklik gösteriliyor; hangi değerin kalacağını seçin.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="534"/>
        <source>Something went wrong: {0}</source>
        <translation>Bir şeyler ters gitti: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="571"/>
        <source>Changes waiting to be sent: %Ln</source>
        <translation>
            <numerusform>Gönderilmeyi bekleyen değişiklikler: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="572"/>
        <source>Open conflicts: %Ln</source>
        <translation>
            <numerusform>Çözülmemiş çakışmalar: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="592"/>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="598"/>
        <source>Needs a newer version</source>
        <translation>Daha yeni bir sürüm gerekli</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="599"/>
        <source>The sync server needs a newer version of this program; please update it.</source>
        <translation>Eşitleme sunucusu bu programın daha yeni bir sürümünü gerektiriyor; lütfen programı güncelleyin.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="603"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="609"/>
        <source>Sync failed, will retry</source>
        <translation>Eşitleme başarısız, yeniden denenecek</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="605"/>
        <source>Signed out: sign in again</source>
        <translation>Oturum kapalı: yeniden oturum açın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="607"/>
        <source>Offline, will retry</source>
        <translation>Çevrim dışı, yeniden denenecek</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="612"/>
        <source>Synced at {0}</source>
        <translation>Eşitlendi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="617"/>
        <source>Sign in to your sync server to share this data with your other computers.</source>
        <translation>Bu verileri diğer bilgisayarlarınızla paylaşmak için eşitleme sunucunuzda oturum açın.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="619"/>
        <source>Never synced</source>
        <translation>Hiç eşitlenmedi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="624"/>
        <source>Last synced at {0}.</source>
        <translation>Son eşitleme: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="650"/>
        <source>Fill in the server address, your user name and your password.</source>
        <translation>Sunucu adresini, kullanıcı adınızı ve parolanızı girin.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="712"/>
        <source>Sent: {0} · received: {1}</source>
        <translation>Gönderilen: {0} · alınan: {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="772"/>
        <source>Deleted</source>
        <translation>Silinmiş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="772"/>
        <source>Not deleted</source>
        <translation>Silinmemiş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="774"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="125"/>
        <source>New task</source>
        <translation>Yeni görev</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="125"/>
        <source>Edit task</source>
        <translation>Görevi düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="140"/>
        <source>The task has a due time</source>
        <translation>Görevin bir son tarihi var</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="147"/>
        <source>Remind me at this time</source>
        <translation>Bu saatte bana hatırlat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="166"/>
        <source>Nobody</source>
        <translation>Kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="169"/>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="173"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="175"/>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="176"/>
        <source>Reminder</source>
        <translation>Hatırlatma</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="177"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="178"/>
        <source>Assigned to</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="179"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="218"/>
        <source>Contact: {0}</source>
        <translation>Kişi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="223"/>
        <source>Company: {0}</source>
        <translation>Şirket: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="228"/>
        <source>Deal: {0}</source>
        <translation>Fırsat: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="233"/>
        <source>Case: {0}</source>
        <translation>Vaka: {0}</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="215"/>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="216"/>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="217"/>
        <source>Upcoming</source>
        <translation>Yaklaşan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="218"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="270"/>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="250"/>
        <source>Tasks</source>
        <translation>Görevler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="259"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%Ln görev</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="264"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="265"/>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="266"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="267"/>
        <source>For</source>
        <translation>İlgili</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="268"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="295"/>
        <source>Assigned to</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="269"/>
        <source>Reminder</source>
        <translation>Hatırlatma</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="275"/>
        <source>No due date</source>
        <translation>Son tarih yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="278"/>
        <source>⚠ Overdue: {0}</source>
        <translation>⚠ Gecikmiş: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="283"/>
        <source>Case: {0}</source>
        <translation>Vaka: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="284"/>
        <source>Deal: {0}</source>
        <translation>Fırsat: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="285"/>
        <source>Contact: {0}</source>
        <translation>Kişi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="286"/>
        <source>Company: {0}</source>
        <translation>Şirket: {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="305"/>
        <source>Open linked record</source>
        <translation>Bağlı kaydı aç</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="313"/>
        <source>Anyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="313"/>
        <source>Nobody yet</source>
        <translation>Henüz kimse</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="446"/>
        <source>Mark done</source>
        <translation>Tamamlandı olarak işaretle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="399"/>
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="446"/>
        <source>Mark not done</source>
        <translation>Tamamlanmadı olarak işaretle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="414"/>
        <source>Undo marking %n task(s) done</source>
        <translation>
            <numerusform>%Ln görevin tamamlandı işaretini geri al</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/tasks.py" line="416"/>
        <source>Undo marking %n task(s) not done</source>
        <translation>
            <numerusform>%Ln görevin tamamlanmadı işaretini geri al</numerusform>
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
        <translation>Yeni çalışan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="188"/>
        <source>Edit person</source>
        <translation>Çalışanı düzenle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="193"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="194"/>
        <source>Manager</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="195"/>
        <source>Seller</source>
        <translation>Satış temsilcisi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="196"/>
        <source>Support</source>
        <translation>Destek</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="199"/>
        <source>Works here now</source>
        <translation>Şu an burada çalışıyor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="202"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="203"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="204"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
<context>
    <name>UsersEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="364"/>
        <source>(left)</source>
        <translation>(ayrıldı)</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="104"/>
        <source>Choose a file</source>
        <translation>Bir dosya seçin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="106"/>
        <source>CSV (from Excel, Google or Outlook), an Excel workbook or vCards from a phone.</source>
        <translation>CSV (Excel, Google ya da Outlook&apos;tan), bir Excel çalışma kitabı ya da telefondan vCard&apos;lar.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="109"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="115"/>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="116"/>
        <source>Companies</source>
        <translation>Şirketler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="117"/>
        <source>Deals</source>
        <translation>Fırsatlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="118"/>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="119"/>
        <source>Sales (one row per line)</source>
        <translation>Satışlar (her satır bir satış kalemi)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="124"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="125"/>
        <source>The rows are</source>
        <translation>Satırların türü</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="126"/>
        <source>Sheet</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="132"/>
        <source>Import a file</source>
        <translation>Dosya içe aktar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="134"/>
        <source>Tables and contacts (*.csv *.txt *.xlsx *.vcf *.vcard *.json);;All files (*)</source>
        <translation>Tablolar ve kişiler (*.csv *.txt *.xlsx *.vcf *.vcard *.json);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>_ListEditor</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="308"/>
        <source>New…</source>
        <translation>Yeni…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="309"/>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/settings_page.py" line="310"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="168"/>
        <source>Which column is which</source>
        <translation>Hangi sütun hangi alana</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="169"/>
        <source>Check the field above each column; a column left out is not imported.</source>
        <translation>Her sütunun üstündeki alanı kontrol edin; dışarıda bırakılan sütun içe aktarılmaz.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="177"/>
        <source>Save mapping…</source>
        <translation>Eşlemeyi kaydet…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="181"/>
        <source>Mapping</source>
        <translation>Eşleme</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="188"/>
        <source>Create new records and update matched ones</source>
        <translation>Yeni kayıtlar oluştur, eşleşenleri güncelle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="189"/>
        <source>Only create new records</source>
        <translation>Yalnızca yeni kayıtlar oluştur</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="190"/>
        <source>Only update matched records</source>
        <translation>Yalnızca eşleşen kayıtları güncelle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="194"/>
        <source>Find saved records by</source>
        <translation>Mevcut kayıtları bulma ölçütü</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="195"/>
        <source>What to do</source>
        <translation>Ne yapılsın</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="213"/>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="218"/>
        <source>— leave out —</source>
        <translation>— dışarıda bırak —</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="231"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="232"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="233"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="234"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="235"/>
        <source>Title and customer</source>
        <translation>Başlık ve müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="236"/>
        <source>Sale number</source>
        <translation>Satış numarası</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="237"/>
        <source>External ID</source>
        <translation>Harici kimlik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="249"/>
        <source>Guessed from the headers</source>
        <translation>Sütun adlarından tahmin edilen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="273"/>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="282"/>
        <source>Save mapping</source>
        <translation>Eşlemeyi kaydet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="273"/>
        <source>Name of the mapping:</source>
        <translation>Eşlemenin adı:</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="283"/>
        <source>A mapping called “{0}” is saved already. Replace it?</source>
        <translation>“{0}” adlı bir eşleme zaten kayıtlı. Yerine konulsun mu?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="295"/>
        <source>Saved.</source>
        <translation>Kaydedildi.</translation>
    </message>
</context>
<context>
    <name>_ResultPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="399"/>
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="405"/>
        <source>Undo this import</source>
        <translation>Bu içe aktarmayı geri al</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="420"/>
        <source>Rejected rows, with the reason, are in &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt;.</source>
        <translation>Reddedilen satırlar, nedenleriyle birlikte, &lt;a href=&quot;{0}&quot;&gt;{1}&lt;/a&gt; dosyasında.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="440"/>
        <source>The import was undone: its new records are deleted and its changes put back.</source>
        <translation>İçe aktarma geri alındı: yeni kayıtları silindi, yaptığı değişiklikler geri döndürüldü.</translation>
    </message>
</context>
<context>
    <name>_ReviewPage</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="317"/>
        <source>What the import will do</source>
        <translation>İçe aktarmanın yapacakları</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="318"/>
        <source>Nothing is saved yet. Go back to change the columns or the options.</source>
        <translation>Henüz hiçbir şey kaydedilmedi. Sütunları ya da seçenekleri değiştirmek için geri dönün.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="322"/>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="330"/>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="336"/>
        <source>Checking the rows…</source>
        <translation>Satırlar kontrol ediliyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="344"/>
        <source>Checking the file</source>
        <translation>Dosya kontrol ediliyor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="346"/>
        <source>Stopped.</source>
        <translation>Durduruldu.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="367"/>
        <source>Imported {0} sales…</source>
        <translation>{0} satış içe aktarıldı…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="369"/>
        <source>Imported {0} rows…</source>
        <translation>{0} satır içe aktarıldı…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="382"/>
        <source>Importing</source>
        <translation>İçe aktarılıyor</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="385"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>export_everything</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="24"/>
        <source>Export everything</source>
        <translation>Tümünü dışa aktar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="26"/>
        <source>CRM Desktop archive (*.json)</source>
        <translation>CRM Desktop arşivi (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="44"/>
        <source>Exporting everything…</source>
        <translation>Tümü dışa aktarılıyor…</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="51"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir dosya yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/export_everything.py" line="60"/>
        <source>Wrote {count} records to {file}.

It holds everything in this database, the bin included. To restore it, import it into a new, empty database.</source>
        <translation>{count} kayıt {file} dosyasına yazıldı.

Bu veritabanındaki her şeyi, çöp kutusu dahil, içerir. Geri yüklemek için yeni ve boş bir veritabanına içe aktarın.</translation>
    </message>
</context>
<context>
    <name>first_start</name>
    <message>
        <location filename="../../src/crm_desktop/ui/application.py" line="122"/>
        <source>Making sample data…</source>
        <translation>Örnek veriler hazırlanıyor…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="63"/>
        <source>Discard the changes you made?</source>
        <translation>Yaptığınız değişiklikler atılsın mı?</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="662"/>
        <source>This version cannot print that yet.</source>
        <translation>Bu sürüm bunu henüz yazdıramıyor.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="669"/>
        <source>The report shows what is saved, without the changes made here. Print it anyway?</source>
        <translation>Rapor, burada yapılan değişiklikler olmadan kayıtlı olanı gösterir. Yine de yazdırılsın mı?</translation>
    </message>
</context>
<context>
    <name>run_with_progress</name>
    <message>
        <location filename="../../src/crm_desktop/ui/progress.py" line="49"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>translator</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="214"/>
        <source>Not escalated</source>
        <translation>Yükseltilmedi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="215"/>
        <source>Escalation level {0} of {1}</source>
        <translation>Yükseltme seviyesi {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="217"/>
        <source>(since {0})</source>
        <translation>({0} tarihinden beri)</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="671"/>
        <source>No SLA</source>
        <translation>SLA yok</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="674"/>
        <source>Due {0}</source>
        <translation>Son tarih {0}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="676"/>
        <source>Met: resolved {0}, due {1}</source>
        <translation>Karşılandı: çözüm {0}, son tarih {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="679"/>
        <source>Missed: resolved {0}, due {1}</source>
        <translation>Kaçırıldı: çözüm {0}, son tarih {1}</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="683"/>
        <source>⚠ Overdue by {0} (due {1})</source>
        <translation>⚠ {0} gecikmiş (son tarih {1})</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="686"/>
        <source>Due {0} ({1} left)</source>
        <translation>Son tarih {0} ({1} kaldı)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="70"/>
        <source>%n min</source>
        <translation>
            <numerusform>%Ln dk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="73"/>
        <source>%n h</source>
        <translation>
            <numerusform>%Ln sa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="74"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln gün</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="32"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="295"/>
        <source>Call</source>
        <translation>Arama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="33"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="296"/>
        <source>Meeting</source>
        <translation>Toplantı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="34"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="298"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="35"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="297"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="60"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="239"/>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="36"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="299"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="64"/>
        <source>Visit</source>
        <translation>Ziyaret</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="37"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="300"/>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="61"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="38"/>
        <location filename="../../src/crm_desktop/ui/views/cases.py" line="301"/>
        <source>Stage change</source>
        <translation>Aşama değişikliği</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="44"/>
        <source>Not applicable</source>
        <translation>Geçerli değil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="45"/>
        <source>We contacted them</source>
        <translation>Biz ulaştık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/activity_dialog.py" line="46"/>
        <source>They contacted us</source>
        <translation>Onlar bize ulaştı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="42"/>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="43"/>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="75"/>
        <source>Open</source>
        <comment>status</comment>
        <translation>Açık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="44"/>
        <source>Waiting</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="45"/>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/case_editor.py" line="46"/>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="50"/>
        <source>Lead</source>
        <translation>Aday</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="51"/>
        <source>Prospect</source>
        <translation>Potansiyel müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="52"/>
        <source>Customer</source>
        <comment>lifecycle</comment>
        <translation>Müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="53"/>
        <source>Former customer</source>
        <translation>Eski müşteri</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="59"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="240"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="62"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="63"/>
        <source>Post</source>
        <translation>Posta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="65"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="66"/>
        <source>Social media</source>
        <translation>Sosyal medya</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/contact_editor.py" line="67"/>
        <source>Walk-in</source>
        <translation>Mağazaya gelen</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="76"/>
        <source>Won</source>
        <translation>Kazanıldı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/deal_editor.py" line="77"/>
        <source>Lost</source>
        <translation>Kaybedildi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="86"/>
        <source>Urgent</source>
        <translation>Acil</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="87"/>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="88"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/task_editor.py" line="89"/>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="73"/>
        <source>Contact directory</source>
        <translation>Kişi rehberi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="74"/>
        <source>Customer sheet</source>
        <translation>Müşteri kartı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="75"/>
        <source>Quote</source>
        <translation>Teklif</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="76"/>
        <source>Pipeline and forecast</source>
        <translation>Satış hattı ve tahmin</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="77"/>
        <source>Sales</source>
        <translation>Satışlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="78"/>
        <source>Cases</source>
        <translation>Vakalar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="79"/>
        <source>Activities</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="90"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="223"/>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="91"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="251"/>
        <source>Owner</source>
        <translation>Sorumlu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="92"/>
        <source>Assigned to</source>
        <translation>Atanan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="93"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="222"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="250"/>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="94"/>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="110"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="213"/>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="95"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="212"/>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="96"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="214"/>
        <source>Deal</source>
        <translation>Fırsat</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="97"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="215"/>
        <source>Case</source>
        <translation>Vaka</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="98"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="248"/>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="99"/>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="100"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="221"/>
        <source>Pipeline</source>
        <translation>Satış hattı</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="101"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="217"/>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="102"/>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/reports.py" line="109"/>
        <source>First letter</source>
        <translation>İlk harf</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="216"/>
        <source>Task</source>
        <translation>Görev</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="218"/>
        <source>Sale</source>
        <translation>Satış</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="219"/>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="220"/>
        <source>Person</source>
        <translation>Çalışan</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="224"/>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="225"/>
        <source>Phone or email</source>
        <translation>Telefon veya e-posta</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="226"/>
        <source>Setting</source>
        <translation>Ayar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="233"/>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="236"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="234"/>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="235"/>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="237"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="238"/>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="241"/>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="242"/>
        <source>Website</source>
        <translation>Web sitesi</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="243"/>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="244"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="245"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="246"/>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="247"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="249"/>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="252"/>
        <source>Due</source>
        <translation>Son tarih</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/sync_page.py" line="253"/>
        <source>Deleted</source>
        <translation>Silinmiş</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="448"/>
        <source>Create</source>
        <translation>Oluştur</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="449"/>
        <source>Update</source>
        <translation>Güncelle</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="450"/>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="451"/>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="457"/>
        <source>{0} to create, {1} to update, {2} skipped, {3} rejected.</source>
        <translation>{0} oluşturulacak, {1} güncellenecek, {2} atlanacak, {3} reddedilecek.</translation>
    </message>
    <message>
        <location filename="../../src/crm_desktop/ui/views/import_wizard.py" line="461"/>
        <source>{0} created, {1} updated, {2} skipped, {3} rejected.</source>
        <translation>{0} oluşturuldu, {1} güncellendi, {2} atlandı, {3} reddedildi.</translation>
    </message>
</context>
</TS>
