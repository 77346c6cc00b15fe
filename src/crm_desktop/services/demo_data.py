"""Word lists the demo generator draws from: names, places, companies and texts in four languages.

Arabic and Persian names carry a Latin spelling for e-mail addresses; English and
Turkish names are spelled in ASCII by :func:`ascii_spelling`.
"""

from __future__ import annotations

from dataclasses import dataclass

_TURKISH_ASCII = str.maketrans("çğıİöşüÇĞÖŞÜâîû", "cgiiosucgosuaiu")


def ascii_spelling(name: str) -> str:
    """A name as it appears in an e-mail address: ``Çağlar Öztürk`` -> ``caglar.ozturk`` parts."""
    return "".join(ch for ch in name.translate(_TURKISH_ASCII).lower() if ch.isascii() and ch.isalnum())


@dataclass(frozen=True)
class Place:
    city: str
    region: str
    country: str  # ISO 3166-1 alpha-2
    phone_prefixes: tuple[str, ...]  # E.164 starts of numbers in this place (mobile and area codes)


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47, stored in contacts.language
    given: tuple[tuple[str, str], ...]  # (name, Latin spelling)
    family: tuple[tuple[str, str], ...]
    places: tuple[Place, ...]
    streets: tuple[str, ...]
    address: str  # format with {n} and {street}
    industries: tuple[str, ...]
    company_names: tuple[str, ...]  # format with {family}, {industry_word}, {place}
    company_words: tuple[str, ...]
    email_domains: tuple[str, ...]
    web_suffix: str
    currencies: tuple[str, ...]
    job_titles: tuple[str, ...]
    notes: tuple[str, ...]
    deal_titles: tuple[str, ...]  # format with {who}
    lost_reasons: tuple[str, ...]
    case_subjects: tuple[tuple[str, str], ...]  # (subject, description)
    resolutions: tuple[str, ...]
    activity_subjects: dict[str, tuple[str, ...]]  # by ActivityKind value
    activity_bodies: tuple[str, ...]
    call_outcomes: tuple[str, ...]
    task_titles: tuple[str, ...]


def _latin(names: str) -> tuple[tuple[str, str], ...]:
    return tuple((n, ascii_spelling(n)) for n in names.split())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """``name:latin`` items separated by spaces."""
    result = []
    for item in text.split():
        name, latin = item.split(":")
        result.append((name, latin))
    return tuple(result)


_US = ("+1212", "+1646", "+1213", "+1312", "+1415", "+1617", "+1702", "+1305", "+1206", "+1512")
_GB_MOBILE = ("+4474", "+4475", "+4478")
_SA_MOBILE = ("+96650", "+96653", "+96654", "+96655", "+96656", "+96658", "+96659")
_IR_MOBILE = (
    "+98912",
    "+98913",
    "+98915",
    "+98917",
    "+98919",
    "+98935",
    "+98936",
    "+98937",
    "+98939",
    "+98901",
)
_TR_MOBILE = tuple(
    f"+905{d}"
    for d in ("30", "32", "33", "35", "36", "38", "41", "42", "43", "44", "45", "46", "52", "53", "55")
)

ENGLISH = Language(
    code="en",
    given=_latin(
        "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard "
        "Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty "
        "Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua "
        "Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Oliver Charlotte Harry Amelia "
        "Jack Olivia Noah Sophie"
    ),
    family=_latin(
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Wilson Anderson Taylor Thomas Moore "
        "Jackson Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright "
        "Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker "
        "Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Hughes Bennett"
    ),
    places=(
        Place("London", "England", "GB", _GB_MOBILE),
        Place("Manchester", "England", "GB", _GB_MOBILE),
        Place("Birmingham", "England", "GB", _GB_MOBILE),
        Place("Leeds", "England", "GB", _GB_MOBILE),
        Place("Glasgow", "Scotland", "GB", _GB_MOBILE),
        Place("New York", "NY", "US", ("+1212", "+1646")),
        Place("Los Angeles", "CA", "US", ("+1213",)),
        Place("Chicago", "IL", "US", ("+1312",)),
        Place("San Francisco", "CA", "US", ("+1415",)),
        Place("Boston", "MA", "US", ("+1617",)),
        Place("Las Vegas", "NV", "US", ("+1702",)),
        Place("Miami", "FL", "US", ("+1305",)),
        Place("Seattle", "WA", "US", ("+1206",)),
        Place("Austin", "TX", "US", ("+1512",)),
    ),
    streets=("High", "Station", "Church", "Park", "Victoria", "Main", "Oak", "Maple", "Elm", "Market"),
    address="{n} {street} Street",
    industries=(
        "Retail",
        "Wholesale",
        "Construction",
        "Logistics",
        "Food & Beverage",
        "Healthcare",
        "Software",
        "Manufacturing",
        "Education",
        "Hospitality",
        "Real Estate",
        "Automotive",
    ),
    company_names=(
        "{family} {industry_word} Ltd",
        "{family} & Sons",
        "{place} {industry_word} Co.",
        "{family} {industry_word} Group",
        "Northwind {industry_word}",
        "{family} Brothers Inc.",
        "Blue Harbor {industry_word}",
        "{family} Partners LLC",
    ),
    company_words=("Trading", "Supplies", "Foods", "Builders", "Logistics", "Systems", "Motors", "Health"),
    email_domains=("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"),
    web_suffix=".com",
    currencies=("USD", "USD", "EUR"),
    job_titles=(
        "Purchasing Manager",
        "CEO",
        "Owner",
        "Sales Director",
        "Office Manager",
        "Accountant",
        "Operations Lead",
        "Buyer",
        "Procurement Officer",
        "Marketing Manager",
        "IT Manager",
    ),
    notes=(
        "Prefers calls in the morning.",
        "Met at the trade fair in Birmingham.",
        "Asks for quotes in USD.",
        "Interested in the annual maintenance plan.",
        "Pays on time; good customer.",
        "Wants delivery on Fridays only.",
    ),
    deal_titles=(
        "Annual supply — {who}",
        "Office fit-out for {who}",
        "Spare parts contract — {who}",
        "Pilot order: {who}",
        "Renewal 2027 — {who}",
        "Bulk order for {who}",
    ),
    lost_reasons=("Price too high", "Chose a competitor", "Budget frozen", "No decision maker", "Timing"),
    case_subjects=(
        ("Delivery arrived damaged", "Two boxes were crushed and the contents broken."),
        ("Invoice amount is wrong", "The invoice shows the old price list."),
        ("Order not received", "The tracking page has not changed for a week."),
        ("Request for a refund", "The customer returned the goods and wants the money back."),
        ("Cannot log in to the portal", "Password reset e-mails do not arrive."),
        ("Wrong item delivered", "Received the 5 L size instead of 10 L."),
        ("Question about warranty", "Is the second year of warranty included?"),
        ("Change of delivery address", "The office moved to a new building."),
        ("Missing spare parts", "The kit came without the mounting screws."),
        ("Complaint about the driver", "The driver was rude at the warehouse gate."),
    ),
    resolutions=(
        "Sent a replacement free of charge.",
        "Issued a corrected invoice.",
        "Refund paid to the card.",
        "Explained the warranty terms; customer satisfied.",
        "Reset the account and confirmed by phone.",
    ),
    activity_subjects={
        "call": ("Follow-up call", "Call about the quote", "Intro call", "Payment reminder call"),
        "meeting": ("Product demo", "Quarterly review", "Meeting at their office", "Contract negotiation"),
        "email": ("Sent the price list", "Sent the proposal", "Answered a question", "Newsletter reply"),
        "note": ("Customer feedback", "Internal note", "Budget approved next quarter"),
        "visit": ("Site visit", "Visited the warehouse", "Showroom visit"),
        "sms": ("Delivery notice", "Appointment reminder", "Thank-you message"),
    },
    activity_bodies=(
        "Discussed volumes for next year.",
        "They want a 5% discount for prepayment.",
        "Will decide after the board meeting.",
        "Asked for samples.",
        "",
    ),
    call_outcomes=("Reached", "No answer", "Left voicemail", "Call back later"),
    task_titles=(
        "Call back about the quote",
        "Send the price list",
        "Prepare the proposal",
        "Chase the payment",
        "Book a demo",
        "Send samples",
        "Renew the contract",
    ),
)

ARABIC = Language(
    code="ar",
    given=_pairs(
        "محمد:mohammed أحمد:ahmed عبدالله:abdullah عبدالرحمن:abdulrahman خالد:khalid سعود:saud "
        "فهد:fahad فيصل:faisal سلطان:sultan ناصر:nasser عمر:omar علي:ali يوسف:yousef إبراهيم:ibrahim "
        "حسن:hassan حسين:hussein طارق:tariq ماجد:majed سلمان:salman تركي:turki بندر:bandar راشد:rashid "
        "سامي:sami زياد:ziad مصطفى:mustafa إسماعيل:ismail أسامة:osama هشام:hisham وليد:walid "
        "فاطمة:fatimah عائشة:aisha مريم:maryam نورة:noura سارة:sara هند:hind ريم:reem لمى:lama "
        "منى:mona أمل:amal هيفاء:haifa جميلة:jamila ليلى:layla رنا:rana دانة:dana العنود:alanoud "
        "شهد:shahad رغد:raghad خديجة:khadija زينب:zainab آمنة:amna هدى:huda"
    ),
    family=_pairs(
        "العتيبي:alotaibi القحطاني:alqahtani الغامدي:alghamdi الزهراني:alzahrani الدوسري:aldosari "
        "الشمري:alshammari الحربي:alharbi المطيري:almutairi العنزي:alanazi الشهري:alshehri "
        "السبيعي:alsubaie الرشيد:alrasheed السديري:alsudairi الفيصل:alfaisal البلوي:albalawi "
        "الجهني:aljohani العمري:alomari المالكي:almalki الخالدي:alkhalidi الأحمد:alahmad "
        "الهاشمي:alhashemi النعيمي:alnuaimi المنصوري:almansouri الكعبي:alkaabi البلوشي:albaloushi "
        "السويدي:alsuwaidi الحمادي:alhammadi المهيري:almheiri الظاهري:aldhaheri الشامسي:alshamsi "
        "حداد:haddad خوري:khoury نصار:nassar عيسى:issa منصور:mansour سليمان:suleiman "
        "عبدالعزيز:abdulaziz يعقوب:yacoub عثمان:othman بكر:bakr صالح:saleh حمدان:hamdan قاسم:qasim "
        "جابر:jaber زيدان:zaidan شريف:sharif"
    ),
    places=(
        Place("الرياض", "منطقة الرياض", "SA", _SA_MOBILE),
        Place("جدة", "منطقة مكة المكرمة", "SA", _SA_MOBILE),
        Place("مكة المكرمة", "منطقة مكة المكرمة", "SA", _SA_MOBILE),
        Place("المدينة المنورة", "منطقة المدينة المنورة", "SA", _SA_MOBILE),
        Place("الدمام", "المنطقة الشرقية", "SA", _SA_MOBILE),
        Place("الخبر", "المنطقة الشرقية", "SA", _SA_MOBILE),
        Place("الطائف", "منطقة مكة المكرمة", "SA", _SA_MOBILE),
        Place("تبوك", "منطقة تبوك", "SA", _SA_MOBILE),
        Place("أبها", "منطقة عسير", "SA", _SA_MOBILE),
        Place("بريدة", "منطقة القصيم", "SA", _SA_MOBILE),
    ),
    streets=("الملك فهد", "العليا", "التحلية", "الأمير سلطان", "الملك عبدالعزيز", "الستين", "المدينة"),
    address="شارع {street}، مبنى {n}",
    industries=(
        "تجارة التجزئة",
        "تجارة الجملة",
        "المقاولات",
        "النقل والخدمات اللوجستية",
        "الأغذية والمشروبات",
        "الرعاية الصحية",
        "البرمجيات",
        "الصناعة",
        "التعليم",
        "الضيافة",
        "العقارات",
        "السيارات",
    ),
    company_names=(
        "شركة {family} للتجارة",
        "مؤسسة {family} التجارية",
        "مجموعة {family}",
        "شركة {place} {industry_word}",
        "مصنع {family}",
        "شركة الأمل {industry_word}",
        "مؤسسة النخبة {industry_word}",
        "شركة {family} وأولاده",
    ),
    company_words=("للتجارة", "للمقاولات", "للأغذية", "للنقل", "للتقنية", "للسيارات", "الطبية"),
    email_domains=("gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"),
    web_suffix=".com.sa",
    currencies=("SAR", "SAR", "SAR", "USD"),
    job_titles=(
        "مدير المشتريات",
        "الرئيس التنفيذي",
        "المالك",
        "مدير المبيعات",
        "مدير المكتب",
        "محاسب",
        "مدير العمليات",
        "مسؤول المشتريات",
        "مدير التسويق",
        "مدير تقنية المعلومات",
    ),
    notes=(
        "يفضل التواصل عبر الواتساب.",
        "تعرفنا عليه في معرض الرياض.",
        "يطلب عروض الأسعار بالريال.",
        "مهتم بعقد الصيانة السنوي.",
        "عميل منتظم في الدفع.",
        "لا يرد على الاتصالات بعد العصر.",
    ),
    deal_titles=(
        "توريد سنوي - {who}",
        "تجهيز مكاتب - {who}",
        "عقد قطع غيار - {who}",
        "طلب تجريبي - {who}",
        "تجديد العقد ٢٠٢٧ - {who}",
        "طلبية جملة - {who}",
    ),
    lost_reasons=("السعر مرتفع", "اختار منافساً", "تجميد الميزانية", "لا يوجد صاحب قرار", "التوقيت غير مناسب"),
    case_subjects=(
        ("تأخر الشحنة", "لم تصل الشحنة في الموعد المتفق عليه."),
        ("الفاتورة غير صحيحة", "الفاتورة بقائمة الأسعار القديمة."),
        ("المنتج وصل تالفاً", "كرتونان مكسوران والمحتوى تالف."),
        ("طلب استرجاع المبلغ", "أعاد العميل البضاعة ويطلب استرداد المبلغ."),
        ("مشكلة في الدخول إلى البوابة", "لا تصل رسائل إعادة تعيين كلمة المرور."),
        ("وصل منتج خاطئ", "استلم العميل الحجم الصغير بدلاً من الكبير."),
        ("استفسار عن الضمان", "هل السنة الثانية من الضمان مشمولة؟"),
        ("تغيير عنوان التوصيل", "انتقل المكتب إلى مبنى جديد."),
        ("قطع ناقصة", "وصلت العدة بدون مسامير التثبيت."),
        ("شكوى من المندوب", "تأخر المندوب ولم يرد على الهاتف."),
    ),
    resolutions=(
        "تم إرسال بديل مجاناً.",
        "تم إصدار فاتورة معدلة.",
        "تم رد المبلغ إلى البطاقة.",
        "تم شرح شروط الضمان والعميل راضٍ.",
        "تمت إعادة تعيين الحساب وتأكيده هاتفياً.",
    ),
    activity_subjects={
        "call": ("مكالمة متابعة", "اتصال بخصوص عرض السعر", "مكالمة تعريفية", "تذكير بالدفع"),
        "meeting": ("عرض المنتج", "مراجعة ربع سنوية", "اجتماع في مكتب العميل", "التفاوض على العقد"),
        "email": ("إرسال قائمة الأسعار", "إرسال العرض", "الرد على استفسار"),
        "note": ("ملاحظات العميل", "ملاحظة داخلية", "الميزانية معتمدة الربع القادم"),
        "visit": ("زيارة الموقع", "زيارة المستودع", "زيارة المعرض"),
        "sms": ("إشعار توصيل", "تذكير بالموعد", "رسالة شكر"),
    },
    activity_bodies=(
        "ناقشنا الكميات للسنة القادمة.",
        "يطلبون خصم ٥٪ عند الدفع المقدم.",
        "سيقررون بعد اجتماع الإدارة.",
        "طلبوا عينات.",
        "",
    ),
    call_outcomes=("تم الرد", "لا يوجد رد", "ترك رسالة صوتية", "معاودة الاتصال لاحقاً"),
    task_titles=(
        "معاودة الاتصال بخصوص العرض",
        "إرسال قائمة الأسعار",
        "تجهيز العرض",
        "متابعة الدفعة",
        "ترتيب عرض المنتج",
        "إرسال العينات",
        "تجديد العقد",
    ),
)

PERSIAN = Language(
    code="fa",
    given=_pairs(
        "علی:ali محمد:mohammad حسین:hossein رضا:reza مهدی:mehdi امیر:amir حمید:hamid سعید:saeed "
        "مجید:majid مسعود:masoud بهرام:bahram داریوش:dariush کوروش:kourosh آرش:arash بابک:babak "
        "فرهاد:farhad کامران:kamran پویا:pouya سینا:sina نیما:nima امید:omid کاوه:kaveh شهرام:shahram "
        "پیمان:peyman یاسر:yaser زهرا:zahra فاطمه:fatemeh مریم:maryam سارا:sara نرگس:narges "
        "لیلا:leila شیرین:shirin پریسا:parisa مهسا:mahsa نازنین:nazanin الهام:elham سمیرا:samira "
        "آزاده:azadeh ستاره:setareh یاسمن:yasaman مینا:mina نگار:negar پرستو:parastoo فرشته:fereshteh "
        "هانیه:hanieh کیمیا:kimia رویا:roya"
    ),
    family=_pairs(
        "رضایی:rezaei محمدی:mohammadi حسینی:hosseini احمدی:ahmadi کریمی:karimi موسوی:mousavi "
        "جعفری:jafari رحیمی:rahimi صادقی:sadeghi قاسمی:ghasemi حیدری:heidari کاظمی:kazemi نوری:nouri "
        "اکبری:akbari عباسی:abbasi مرادی:moradi یوسفی:yousefi ابراهیمی:ebrahimi شریفی:sharifi "
        "نجفی:najafi تهرانی:tehrani شیرازی:shirazi اصفهانی:esfahani تبریزی:tabrizi کرمانی:kermani "
        "خراسانی:khorasani امینی:amini بهرامی:bahrami فرهادی:farhadi صالحی:salehi زارعی:zarei "
        "سلیمانی:soleimani کامرانی:kamrani نادری:naderi پاکزاد:pakzad فروتن:foroutan وحیدی:vahidi "
        "جلالی:jalali طاهری:taheri منصوری:mansouri افشار:afshar پارسا:parsa بهشتی:beheshti "
        "مقدم:moghaddam توکلی:tavakoli کیانی:kiani"
    ),
    places=(
        Place("تهران", "استان تهران", "IR", _IR_MOBILE),
        Place("مشهد", "خراسان رضوی", "IR", _IR_MOBILE),
        Place("اصفهان", "استان اصفهان", "IR", _IR_MOBILE),
        Place("شیراز", "استان فارس", "IR", _IR_MOBILE),
        Place("تبریز", "آذربایجان شرقی", "IR", _IR_MOBILE),
        Place("کرج", "استان البرز", "IR", _IR_MOBILE),
        Place("قم", "استان قم", "IR", _IR_MOBILE),
        Place("اهواز", "خوزستان", "IR", _IR_MOBILE),
        Place("کرمانشاه", "استان کرمانشاه", "IR", _IR_MOBILE),
        Place("رشت", "گیلان", "IR", _IR_MOBILE),
    ),
    streets=("ولیعصر", "آزادی", "انقلاب", "شریعتی", "مطهری", "چهارباغ", "زند"),
    address="خیابان {street}، پلاک {n}",
    industries=(
        "خرده‌فروشی",
        "عمده‌فروشی",
        "ساختمان",
        "حمل و نقل",
        "مواد غذایی",
        "بهداشت و درمان",
        "نرم‌افزار",
        "تولید",
        "آموزش",
        "هتلداری",
        "املاک",
        "خودرو",
    ),
    company_names=(
        "شرکت بازرگانی {family}",
        "گروه صنعتی {family}",
        "شرکت {place} {industry_word}",
        "فروشگاه‌های زنجیره‌ای {family}",
        "شرکت پارس {industry_word}",
        "تولیدی {family}",
        "شرکت آریا {industry_word}",
        "شرکت {family} و شرکا",
    ),
    company_words=("تجارت", "سازه", "غذا", "ترابر", "فناوری", "خودرو", "دارو"),
    email_domains=("gmail.com", "yahoo.com", "chmail.ir", "outlook.com"),
    web_suffix=".ir",
    currencies=("IRR", "IRR", "USD", "EUR"),
    job_titles=(
        "مدیر خرید",
        "مدیرعامل",
        "مالک",
        "مدیر فروش",
        "مدیر دفتر",
        "حسابدار",
        "مدیر عملیات",
        "کارشناس خرید",
        "مدیر بازاریابی",
        "مدیر فناوری اطلاعات",
    ),
    notes=(
        "ترجیح می‌دهد صبح‌ها تماس بگیریم.",
        "در نمایشگاه تهران آشنا شدیم.",
        "پیش‌فاکتور به ریال می‌خواهد.",
        "به قرارداد پشتیبانی سالانه علاقه دارد.",
        "مشتری خوش‌حساب.",
        "فقط پنجشنبه‌ها تحویل می‌گیرد.",
    ),
    deal_titles=(
        "قرارداد تامین سالانه - {who}",
        "تجهیز دفتر - {who}",
        "قرارداد قطعات یدکی - {who}",
        "سفارش آزمایشی - {who}",
        "تمدید قرارداد ۱۴۰۶ - {who}",
        "سفارش عمده - {who}",
    ),
    lost_reasons=(
        "قیمت بالا",
        "رقیب را انتخاب کرد",
        "بودجه متوقف شد",
        "تصمیم‌گیرنده نداشت",
        "زمان مناسب نبود",
    ),
    case_subjects=(
        ("تاخیر در ارسال", "سفارش در موعد مقرر نرسید."),
        ("فاکتور اشتباه است", "فاکتور با لیست قیمت قدیمی صادر شده."),
        ("کالا آسیب دیده رسید", "دو کارتن له شده و محتویات شکسته است."),
        ("درخواست بازپرداخت", "مشتری کالا را برگردانده و پول را می‌خواهد."),
        ("مشکل ورود به پنل", "ایمیل بازیابی رمز عبور نمی‌رسد."),
        ("کالای اشتباه ارسال شد", "به جای سایز بزرگ، سایز کوچک رسید."),
        ("سوال درباره گارانتی", "آیا سال دوم گارانتی شامل می‌شود؟"),
        ("تغییر آدرس تحویل", "دفتر به ساختمان جدید منتقل شده."),
        ("قطعات ناقص", "کیت بدون پیچ‌های نصب رسید."),
        ("شکایت از راننده", "راننده دیر رسید و پاسخ تلفن نداد."),
    ),
    resolutions=(
        "کالای جایگزین رایگان ارسال شد.",
        "فاکتور اصلاحی صادر شد.",
        "مبلغ به کارت برگشت داده شد.",
        "شرایط گارانتی توضیح داده شد؛ مشتری راضی است.",
        "حساب بازنشانی و تلفنی تایید شد.",
    ),
    activity_subjects={
        "call": ("تماس پیگیری", "تماس درباره پیش‌فاکتور", "تماس معرفی", "یادآوری پرداخت"),
        "meeting": ("نمایش محصول", "جلسه بررسی فصلی", "جلسه در دفتر مشتری", "مذاکره قرارداد"),
        "email": ("ارسال لیست قیمت", "ارسال پیشنهاد", "پاسخ به سوال"),
        "note": ("بازخورد مشتری", "یادداشت داخلی", "بودجه فصل بعد تایید شد"),
        "visit": ("بازدید از محل", "بازدید از انبار", "بازدید از نمایشگاه"),
        "sms": ("اطلاع‌رسانی ارسال", "یادآوری قرار", "پیام تشکر"),
    },
    activity_bodies=(
        "درباره حجم سفارش سال آینده صحبت شد.",
        "برای پیش‌پرداخت ۵٪ تخفیف می‌خواهند.",
        "بعد از جلسه هیئت مدیره تصمیم می‌گیرند.",
        "نمونه خواستند.",
        "",
    ),
    call_outcomes=("پاسخ داد", "پاسخ نداد", "پیام صوتی گذاشته شد", "بعدا تماس بگیرید"),
    task_titles=(
        "تماس درباره پیش‌فاکتور",
        "ارسال لیست قیمت",
        "آماده کردن پیشنهاد",
        "پیگیری پرداخت",
        "هماهنگی نمایش محصول",
        "ارسال نمونه",
        "تمدید قرارداد",
    ),
)

TURKISH = Language(
    code="tr",
    given=_latin(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil "
        "Süleyman Abdullah Mahmut Recep Emre Burak Serkan Oğuz Çağlar Barış Doğan Tuğrul Kağan Ilgaz "
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Zehra Hanife Merve Özlem Gülşen "
        "Büşra Şule Ebru Nazlı Işıl Ceren Dilek Sıla Çiğdem Gökçe"
    ),
    family=_latin(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
        "Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş "
        "Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş "
        "Köse Yüksel Ateş Aksoy İnce Uçar"
    ),
    places=(
        Place("İstanbul", "İstanbul", "TR", _TR_MOBILE),
        Place("Ankara", "Ankara", "TR", _TR_MOBILE),
        Place("İzmir", "İzmir", "TR", _TR_MOBILE),
        Place("Bursa", "Bursa", "TR", _TR_MOBILE),
        Place("Antalya", "Antalya", "TR", _TR_MOBILE),
        Place("Konya", "Konya", "TR", _TR_MOBILE),
        Place("Adana", "Adana", "TR", _TR_MOBILE),
        Place("Gaziantep", "Gaziantep", "TR", _TR_MOBILE),
        Place("Kayseri", "Kayseri", "TR", _TR_MOBILE),
        Place("Eskişehir", "Eskişehir", "TR", _TR_MOBILE),
        Place("Diyarbakır", "Diyarbakır", "TR", _TR_MOBILE),
        Place("Trabzon", "Trabzon", "TR", _TR_MOBILE),
    ),
    streets=("Atatürk", "İstiklal", "Cumhuriyet", "Bağdat", "Gazi", "İnönü", "Kızılırmak"),
    address="{street} Cad. No: {n}",
    industries=(
        "Perakende",
        "Toptan Ticaret",
        "İnşaat",
        "Lojistik",
        "Gıda ve İçecek",
        "Sağlık",
        "Yazılım",
        "Üretim",
        "Eğitim",
        "Turizm",
        "Gayrimenkul",
        "Otomotiv",
    ),
    company_names=(
        "{family} Gıda A.Ş.",
        "{family} İnşaat Ltd. Şti.",
        "{place} {industry_word} A.Ş.",
        "{family} Holding",
        "{family} Kardeşler Ticaret",
        "Anadolu {industry_word} Ltd. Şti.",
        "Ege {industry_word} A.Ş.",
        "{family} Otomotiv",
    ),
    company_words=("Ticaret", "Yapı", "Gıda", "Nakliyat", "Bilişim", "Tekstil", "Makina"),
    email_domains=("gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"),
    web_suffix=".com.tr",
    currencies=("TRY", "TRY", "EUR", "USD"),
    job_titles=(
        "Satın Alma Müdürü",
        "Genel Müdür",
        "Firma Sahibi",
        "Satış Direktörü",
        "Ofis Müdürü",
        "Muhasebeci",
        "Operasyon Şefi",
        "Satın Alma Uzmanı",
        "Pazarlama Müdürü",
        "Bilgi İşlem Müdürü",
    ),
    notes=(
        "Sabahları aranmayı tercih ediyor.",
        "İzmir fuarında tanıştık.",
        "Teklifleri TL olarak istiyor.",
        "Yıllık bakım anlaşmasıyla ilgileniyor.",
        "Ödemeleri düzenli.",
        "Teslimatı sadece cuma alıyor.",
    ),
    deal_titles=(
        "Yıllık tedarik - {who}",
        "Ofis donanımı - {who}",
        "Yedek parça sözleşmesi - {who}",
        "Deneme siparişi - {who}",
        "2027 yenileme - {who}",
        "Toplu sipariş - {who}",
    ),
    lost_reasons=(
        "Fiyat yüksek",
        "Rakibi seçti",
        "Bütçe donduruldu",
        "Karar verici yok",
        "Zamanlama uygun değil",
    ),
    case_subjects=(
        ("Sipariş geç geldi", "Kargo söz verilen tarihte ulaşmadı."),
        ("Fatura tutarı hatalı", "Fatura eski fiyat listesiyle kesilmiş."),
        ("Ürün hasarlı geldi", "İki koli ezilmiş, içindekiler kırık."),
        ("İade talebi", "Müşteri ürünü iade etti, ödemesini istiyor."),
        ("Portala giriş yapılamıyor", "Şifre sıfırlama e-postası gelmiyor."),
        ("Yanlış ürün gönderildi", "Büyük boy yerine küçük boy gelmiş."),
        ("Garanti hakkında soru", "İkinci yıl garantiye dahil mi?"),
        ("Teslimat adresi değişikliği", "Ofis yeni binaya taşındı."),
        ("Eksik parça", "Set montaj vidaları olmadan geldi."),
        ("Kurye şikâyeti", "Kurye geç geldi ve telefona cevap vermedi."),
    ),
    resolutions=(
        "Ücretsiz yenisi gönderildi.",
        "Düzeltilmiş fatura kesildi.",
        "Ödeme karta iade edildi.",
        "Garanti koşulları anlatıldı; müşteri memnun.",
        "Hesap sıfırlandı, telefonla teyit edildi.",
    ),
    activity_subjects={
        "call": ("Takip araması", "Teklif hakkında arama", "Tanışma araması", "Ödeme hatırlatma"),
        "meeting": ("Ürün sunumu", "Çeyrek değerlendirme", "Müşteri ofisinde toplantı", "Sözleşme görüşmesi"),
        "email": ("Fiyat listesi gönderildi", "Teklif gönderildi", "Soru yanıtlandı"),
        "note": ("Müşteri geri bildirimi", "İç not", "Bütçe gelecek çeyrekte onaylı"),
        "visit": ("Saha ziyareti", "Depo ziyareti", "Showroom ziyareti"),
        "sms": ("Teslimat bildirimi", "Randevu hatırlatma", "Teşekkür mesajı"),
    },
    activity_bodies=(
        "Gelecek yılın miktarları konuşuldu.",
        "Peşin ödemeye %5 indirim istiyorlar.",
        "Yönetim kurulundan sonra karar verecekler.",
        "Numune istediler.",
        "",
    ),
    call_outcomes=("Ulaşıldı", "Cevap yok", "Sesli mesaj bırakıldı", "Daha sonra aranacak"),
    task_titles=(
        "Teklif için geri ara",
        "Fiyat listesini gönder",
        "Teklifi hazırla",
        "Ödemeyi takip et",
        "Sunum ayarla",
        "Numune gönder",
        "Sözleşmeyi yenile",
    ),
)

# how many contacts of each language in a hundred
LANGUAGES: tuple[tuple[Language, int], ...] = ((ENGLISH, 30), (ARABIC, 30), (PERSIAN, 20), (TURKISH, 20))

USERS: tuple[tuple[str, str, str], ...] = (
    ("Sara Owner", "owner@demo-trading.com", "owner"),
    ("Khalid Al-Harbi", "khalid@demo-trading.com", "manager"),
    ("Reza Karimi", "reza@demo-trading.com", "seller"),
    ("Ayşe Yılmaz", "ayse@demo-trading.com", "seller"),
    ("John Carter", "john@demo-trading.com", "seller"),
    ("Noura Al-Qahtani", "noura@demo-trading.com", "seller"),
    ("Mehmet Demir", "mehmet@demo-trading.com", "support"),
    ("Leila Ahmadi", "leila@demo-trading.com", "support"),
)

TAGS: tuple[tuple[str, str], ...] = (
    ("VIP", "#d4af37"),
    ("Wholesale", "#1f77b4"),
    ("Newsletter", "#2ca02c"),
    ("Trade fair 2026", "#9467bd"),
    ("Late payer", "#d62728"),
    ("عميل مميز", "#8c564b"),
    ("مشتري جملة", "#e377c2"),
    ("مشتری وفادار", "#7f7f7f"),
    ("نمایشگاه تهران", "#bcbd22"),
    ("Bayi", "#17becf"),
    ("Kurumsal", "#ff7f0e"),
    ("İhracat", "#aec7e8"),
)

LEAD_SOURCES = (
    "Website",
    "Referral",
    "Trade show",
    "Walk-in",
    "Instagram",
    "Cold call",
    "WhatsApp",
    "Google Ads",
)

# (name, price in USD cents, cost in USD cents)
PRODUCTS: tuple[tuple[str, int, int], ...] = (
    ("Olive oil 5 L", 2450, 1700),
    ("Basmati rice 10 kg", 1890, 1300),
    ("Dates premium 1 kg", 1200, 700),
    ("Saffron 10 g", 3500, 2400),
    ("Turkish coffee 500 g", 950, 520),
    ("Black tea 1 kg", 1100, 600),
    ("Pistachios 1 kg", 2800, 1900),
    ("Hazelnuts 1 kg", 1700, 1100),
    ("Honey 2 kg", 2200, 1400),
    ("Dried apricots 1 kg", 1300, 800),
    ("Office chair", 18900, 11000),
    ("Standing desk", 42000, 26000),
    ("Laptop stand", 3900, 1800),
    ("Monitor 27 in", 27900, 21000),
    ("Wireless keyboard", 4900, 2600),
    ("Wireless mouse", 2500, 1100),
    ("Printer paper A4 (box)", 3200, 2100),
    ("Toner cartridge", 8900, 5200),
    ("Label printer", 15900, 9800),
    ("Barcode scanner", 12900, 7600),
    ("POS terminal", 64900, 45000),
    ("Cash drawer", 11900, 7000),
    ("Receipt rolls (50)", 4500, 2600),
    ("Security camera", 9900, 5800),
    ("Network switch 24p", 23900, 16000),
    ("Wi-Fi access point", 14900, 9000),
    ("UPS 1500 VA", 21900, 15000),
    ("Cleaning kit", 1900, 900),
    ("Hand soap 5 L", 1500, 800),
    ("Paper towels (12)", 1800, 1000),
    ("Safety gloves (100)", 1400, 700),
    ("Safety helmet", 2300, 1200),
    ("Work boots", 7900, 4600),
    ("Hi-vis vest", 900, 400),
    ("Drill 18 V", 12900, 8200),
    ("Tool set 120 pcs", 9900, 6100),
    ("Ladder 3 m", 15900, 10400),
    ("Paint 10 L", 6400, 3900),
    ("Cement 50 kg", 1100, 750),
    ("Tiles 1 m²", 2700, 1600),
    ("Maintenance plan (year)", 120000, 40000),
    ("Installation service", 25000, 9000),
    ("Training day", 90000, 30000),
    ("Delivery (per order)", 1500, 900),
    ("Extended warranty", 19900, 5000),
    ("Software licence (user)", 9900, 2000),
    ("Cloud backup (year)", 14900, 4000),
    ("Support hours (10)", 80000, 35000),
    ("Spare parts kit", 5900, 3300),
    ("Gift basket", 6900, 4100),
)

CUSTOM_FIELD = ("loyalty_tier", "Loyalty tier", ("bronze", "silver", "gold"))

# (title, category, body)
ARTICLES: tuple[tuple[str, str, str], ...] = (
    (
        "How to track an order",
        "Shipping",
        "Open Sales, pick the order and press Track. The courier's page opens "
        "with the latest status. Orders leave the warehouse within one working day.",
    ),
    (
        "Delivery times by region",
        "Shipping",
        "Riyadh, Jeddah and Dammam: 1–2 days. Other cities in Saudi Arabia: "
        "3–5 days. Turkey and Iran: 5–7 days through our partners.",
    ),
    (
        "What to do when goods arrive damaged",
        "Shipping",
        "Take photos of the boxes before opening them, note the "
        "damage on the delivery receipt and open a case within 48 hours. We send a replacement.",
    ),
    (
        "Changing a delivery address",
        "Shipping",
        "An address can be changed until the order is packed. Open the "
        "contact, edit the address and tell the warehouse by phone.",
    ),
    (
        "Reading your invoice",
        "Billing",
        "Each invoice shows the lines, the VAT per line and the total in the "
        "order's currency. The base-currency amount uses the rate of the sale date.",
    ),
    (
        "Correcting a wrong invoice",
        "Billing",
        "Open a case with the invoice number. Billing issues a credit note "
        "and a corrected invoice within two working days.",
    ),
    (
        "Payment methods",
        "Billing",
        "We accept bank transfer, card and cash on delivery inside Saudi Arabia. "
        "Large orders need 30 % prepayment.",
    ),
    (
        "Currencies and exchange rates",
        "Billing",
        "Quotes can be in SAR, USD, EUR, TRY or IRR. The rate to the "
        "base currency is frozen on the day of the deal or sale.",
    ),
    (
        "Returns policy",
        "Returns",
        "Unused goods can be returned within 14 days in their original packing. "
        "Food products cannot be returned once opened.",
    ),
    (
        "How refunds are paid",
        "Returns",
        "Refunds go back to the card or account that paid, within 7 working days "
        "after the returned goods are checked.",
    ),
    (
        "Warranty terms",
        "Products",
        "Electronics have a two-year warranty; the second year covers parts only. "
        "Extended warranty adds labour for three years.",
    ),
    (
        "Setting up the POS terminal",
        "Products",
        "Connect the terminal to power and network, sign in with the "
        "shop code and run a test payment of 1.00.",
    ),
    (
        "Resetting a portal password",
        "Accounts",
        "Press 'Forgot password' and check the spam folder. If no e-mail "
        "arrives in 10 minutes, open a case and support resets the account.",
    ),
    (
        "Adding a user to your account",
        "Accounts",
        "The account owner can invite users from Settings. Each user "
        "gets an e-mail with a sign-in link valid for 24 hours.",
    ),
    (
        "Escalation of urgent cases",
        "Support",
        "Urgent cases must be answered within 4 hours. A case still open "
        "after its SLA time is escalated to the support manager.",
    ),
    (
        "كيف تتابع طلبك",
        "الشحن",
        "افتح المبيعات واختر الطلب ثم اضغط تتبع. تظهر صفحة شركة الشحن بآخر حالة. "
        "تخرج الطلبات من المستودع خلال يوم عمل واحد.",
    ),
    (
        "مدة التوصيل حسب المنطقة",
        "الشحن",
        "الرياض وجدة والدمام: يوم إلى يومين. بقية مدن المملكة: ثلاثة إلى خمسة أيام.",
    ),
    (
        "ماذا تفعل إذا وصلت البضاعة تالفة",
        "الشحن",
        "صوّر الكراتين قبل فتحها، واكتب التلف على سند الاستلام، وافتح تذكرة خلال ٤٨ ساعة. نرسل لك بديلاً.",
    ),
    (
        "تغيير عنوان التوصيل",
        "الشحن",
        "يمكن تغيير العنوان قبل تجهيز الطلب. عدّل العنوان في بطاقة العميل وأبلغ المستودع هاتفياً.",
    ),
    (
        "قراءة الفاتورة",
        "الفواتير",
        "تعرض كل فاتورة البنود وضريبة القيمة المضافة لكل بند والإجمالي بعملة الطلب.",
    ),
    (
        "تصحيح فاتورة خاطئة",
        "الفواتير",
        "افتح تذكرة برقم الفاتورة، ويصدر قسم الفواتير إشعاراً دائناً وفاتورة معدلة خلال يومي عمل.",
    ),
    (
        "طرق الدفع",
        "الفواتير",
        "نقبل التحويل البنكي والبطاقة والدفع عند الاستلام داخل المملكة. الطلبات الكبيرة "
        "تحتاج دفعة مقدمة ٣٠٪.",
    ),
    (
        "العملات وأسعار الصرف",
        "الفواتير",
        "يمكن تسعير العروض بالريال أو الدولار أو اليورو. يثبت سعر الصرف في يوم الصفقة أو البيع.",
    ),
    (
        "سياسة الإرجاع",
        "الإرجاع",
        "يمكن إرجاع البضاعة غير المستخدمة خلال ١٤ يوماً في تغليفها الأصلي. لا تُرجع المواد الغذائية بعد فتحها.",
    ),
    (
        "كيف يتم استرداد المبلغ",
        "الإرجاع",
        "يعاد المبلغ إلى البطاقة أو الحساب الذي دفع خلال ٧ أيام عمل بعد فحص البضاعة المرتجعة.",
    ),
    ("شروط الضمان", "المنتجات", "للأجهزة الإلكترونية ضمان سنتين، والسنة الثانية تشمل القطع فقط."),
    (
        "تشغيل جهاز نقاط البيع",
        "المنتجات",
        "وصّل الجهاز بالكهرباء والشبكة، وسجّل الدخول برمز المتجر، ثم نفّذ عملية دفع تجريبية بريال واحد.",
    ),
    ("إعادة تعيين كلمة المرور", "الحسابات", "اضغط نسيت كلمة المرور وتحقق من مجلد الرسائل غير المرغوب فيها."),
    (
        "إضافة مستخدم إلى حسابك",
        "الحسابات",
        "يستطيع مالك الحساب دعوة مستخدمين من الإعدادات، ويصل لكل مستخدم رابط دخول صالح ٢٤ ساعة.",
    ),
    (
        "تصعيد التذاكر العاجلة",
        "الدعم",
        "يجب الرد على التذاكر العاجلة خلال ٤ ساعات، وتُصعّد التذكرة المتأخرة إلى مدير الدعم.",
    ),
)
