"""The translations: complete, faithful to their sources' placeholders, compiled, and used.

Sources live in resources/translations/ (Qt ``.ts`` for the window, gettext
``.po`` for everything else); compiled catalogues in src/crm_desktop/locale/.
Window tests (the main window in Arabic) are in tests/ui/test_translations_ui.py.
"""

from __future__ import annotations

import gettext
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from resources.translations import build

from crm_desktop import i18n
from crm_desktop.cli import main
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm
from crm_desktop.services.people import ContactInput

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
LOCALE = ROOT / "src" / "crm_desktop" / "locale"
LANGUAGES = ("ar", "fa", "tr")
# Qt's numerus forms per language: Arabic zero, one, two, few (3-10), many (11-99), other (100-102...)
FORMS = {"ar": 6, "fa": 1, "tr": 1, "en": 2}
# Arabic names one and two things by the noun alone ("جهة اتصال واحدة", "جهتا اتصال"): no %n needed
FORMS_WITHOUT_NUMBER = {"ar": {1, 2}}

BRACES = re.compile(r"\{\{|\}\}|\{[^{}]*\}")
TAGS = re.compile(r"</?[a-z]+>")
ACCELERATOR = re.compile(r"&(?=[^&\s])")
COUNT = re.compile(r"%L?n")


@dataclass(frozen=True)
class QtMessage:
    context: str
    source: str
    disambiguation: str
    numerus: bool
    forms: tuple[str, ...]
    state: str | None

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.disambiguation, self.numerus)


def ts_messages(path: Path) -> list[QtMessage]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                QtMessage(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    translation.get("type"),
                )
            )
    return messages


def po_catalog(language: str) -> Catalog:
    with (SOURCES / f"{language}.po").open("rb") as file:
        return read_po(file, locale=language)


def placeholders(text: str) -> Counter[str]:
    """{0}, {name}, {seconds:.1f}, doubled braces and HTML tags, counted."""
    return Counter(BRACES.findall(text) + TAGS.findall(text))


# --- complete --------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_message_is_translated(language: str) -> None:
    messages = ts_messages(build.ts_file(language))
    assert len(messages) > 500
    for message in messages:
        assert message.state is None, f"{message.state}: {message.context} / {message.source!r}"
        assert all(form.strip() for form in message.forms), f"empty: {message.context} / {message.source!r}"
        if message.numerus:
            assert len(message.forms) == FORMS[language], message.source


def test_english_has_every_plural_and_nothing_else() -> None:
    english = ts_messages(build.ts_file("en"))
    arabic = ts_messages(build.ts_file("ar"))
    assert {m.key for m in english} == {m.key for m in arabic if m.numerus}
    for message in english:
        assert message.state is None and len(message.forms) == 2, message.source
        assert all(form.strip() for form in message.forms), message.source
    contacts = next(m for m in english if m.source == "%n contact(s)")
    assert contacts.forms == ("%Ln contact", "%Ln contacts")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_other_message_is_translated(language: str) -> None:
    catalog = po_catalog(language)
    ids = [message.id for message in catalog if message.id]
    assert len(ids) > 250
    for message in catalog:
        if message.id:
            assert message.string, f"untranslated: {message.id!r}"
            assert not message.fuzzy, f"fuzzy: {message.id!r}"
            if isinstance(message.id, tuple):  # a plural: every form the language has
                assert all(message.string), f"untranslated plural form: {message.id!r}"
    assert not catalog.obsolete


def test_the_sources_hold_every_message_of_the_code(tmp_path: Path) -> None:
    """A tr() or _() added without running ``build.py extract`` shows up here."""
    fresh_ts = tmp_path / "fresh.ts"
    build.run(build.tool("pyside6-lupdate"), "-silent", *build.ui_sources(), "-ts", fresh_ts)
    in_code = {m.key for m in ts_messages(fresh_ts)}
    in_sources = {m.key for m in ts_messages(build.ts_file("ar"))}
    assert in_code - in_sources == set(), "run: python resources/translations/build.py extract"
    assert in_sources - in_code == set(), "run: python resources/translations/build.py extract"

    fresh_pot = tmp_path / "fresh.pot"
    build.run(
        build.tool("pybabel"),
        "--quiet",
        "extract",
        "--no-default-keywords",
        "--keyword=_",
        "--keyword=n_:1,2",
        "--ignore-dirs=ui",
        "--output-file",
        fresh_pot,
        build.PACKAGE.relative_to(build.ROOT),
    )
    with fresh_pot.open("rb") as file:
        code_ids = {message.id for message in read_po(file) if message.id}
    for language in LANGUAGES:
        assert {message.id for message in po_catalog(language) if message.id} == code_ids, language


# --- faithful --------------------------------------------------------------------


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_window_translations_keep_placeholders_numbers_and_accelerators(language: str) -> None:
    for message in ts_messages(build.ts_file(language)):
        for index, form in enumerate(message.forms):
            where = f"{language} {message.context} / {message.source!r} form {index}: {form!r}"
            assert placeholders(form) == placeholders(message.source), where
            if message.numerus and index not in FORMS_WITHOUT_NUMBER.get(language, set()):
                assert len(COUNT.findall(form)) == 1, where  # %Ln: the count in the locale's digits
            if not message.numerus:
                assert not COUNT.search(form), where
            if ACCELERATOR.search(message.source):
                assert len(ACCELERATOR.findall(form)) == 1, where
            if message.source.endswith("…"):
                assert form.endswith("…"), where
            assert form.startswith(" ") == message.source.startswith(" "), where  # spin box suffixes


@pytest.mark.parametrize("language", LANGUAGES)
def test_other_translations_keep_placeholders(language: str) -> None:
    for message in po_catalog(language):
        if not message.id:
            continue
        if isinstance(message.id, tuple):  # a plural: each form keeps the placeholders of the plural
            assert isinstance(message.string, tuple)
            for form in message.string:
                assert placeholders(form) == placeholders(message.id[1]), (message.id, form)
        else:
            assert isinstance(message.string, str)
            assert placeholders(message.string) == placeholders(message.id), (message.id, message.string)


def test_one_wording_per_source_text() -> None:
    """The translator's fallback (another context's translation) relies on it."""
    for language in LANGUAGES:
        wordings: dict[tuple[str, str], set[tuple[str, ...]]] = {}
        for message in ts_messages(build.ts_file(language)):
            wordings.setdefault((message.source, message.disambiguation), set()).add(message.forms)
        differing = {key: forms for key, forms in wordings.items() if len(forms) > 1}
        assert differing == {}, language


# --- compiled --------------------------------------------------------------------


@pytest.fixture(scope="module")
def fresh_locale(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("locale")
    build.compile_qt(out)
    build.compile_gettext(out)
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_gettext_catalogues_match_their_sources(language: str, fresh_locale: Path) -> None:
    def catalog(directory: Path) -> dict[object, object]:
        path = directory / language / "LC_MESSAGES" / "crm_desktop.mo"
        with path.open("rb") as file:
            return dict(gettext.GNUTranslations(file)._catalog)  # type: ignore[attr-defined]

    shipped, fresh = catalog(LOCALE), catalog(fresh_locale)
    shipped.pop("", None)  # the header, with its dates
    fresh.pop("", None)
    assert shipped == fresh, "run: python resources/translations/build.py compile"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_compiled_window_catalogues_match_their_sources(language: str, fresh_locale: Path) -> None:
    from PySide6.QtCore import QTranslator

    shipped, fresh = QTranslator(), QTranslator()
    assert shipped.load(f"crm_desktop_{language}", str(LOCALE))
    assert fresh.load(f"crm_desktop_{language}", str(fresh_locale))
    stale = []
    for message in ts_messages(build.ts_file(language)):
        counts = (0, 1, 2, 3, 11, 100, 101, 111) if message.numerus else (-1,)
        for n in counts:
            args = (message.context, message.source, message.disambiguation or None, n)
            if shipped.translate(*args) != fresh.translate(*args):
                stale.append((message.source, n))
    assert stale == [], "run: python resources/translations/build.py compile"


def test_context_index_matches_the_sources(fresh_locale: Path) -> None:
    shipped = json.loads((LOCALE / build.CONTEXTS_FILE).read_text(encoding="utf-8"))
    fresh = json.loads((fresh_locale / build.CONTEXTS_FILE).read_text(encoding="utf-8"))
    assert shipped == fresh, "run: python resources/translations/build.py compile"


# --- used ------------------------------------------------------------------------


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    i18n.set_language(None)


def test_set_language_translates_service_errors(crm: Crm, english_after: None) -> None:
    i18n.set_language("ar")
    with pytest.raises(ValidationError) as error:
        crm.contacts.create(ContactInput())
    assert "تحتاج جهة الاتصال إلى اسم." in str(error.value)
    i18n.set_language("fa")
    assert i18n._("A contact needs a name.") == "مخاطب به نام نیاز دارد."
    i18n.set_language(None)
    assert i18n._("A contact needs a name.") == "A contact needs a name."


def test_translations_keep_format_fields_working(english_after: None) -> None:
    for language in LANGUAGES:
        i18n.set_language(language)
        text = i18n._("Moved deal {{id}} ({{title}}) to {stage}.").format(stage="X")
        assert "{id}" in text and "{title}" in text
        assert "1.5" in i18n._("Demo data written to {path} in {seconds:.1f} s:").format(
            path="p", seconds=1.5
        )


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"CRM_LANG": "tr", "LANG": "ar_SA.UTF-8"}, "tr"),
        ({"LANGUAGE": "fa:ar:en", "LANG": "en_US.UTF-8"}, "fa"),
        ({"LC_ALL": "ar_EG.UTF-8"}, "ar"),
        ({"LANG": "tr_TR.UTF-8"}, "tr"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({}, None),
    ],
)
def test_environment_language(environ: dict[str, str], language: str | None) -> None:
    assert i18n.environment_language(environ) == language


def test_crm_speaks_the_language_of_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], english_after: None
) -> None:
    db = str(tmp_path / "tr.sqlite3")
    monkeypatch.delenv("CRM_DB", raising=False)
    monkeypatch.setenv("CRM_LANG", "tr")
    assert main(["--db", db, "init"]) == 0
    assert "yeni bir veritabanı oluşturuldu" in capsys.readouterr().out
    assert main(["--db", db, "contact", "add", "--given", "Ayşe", "--email", "x@"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("crm: hata: ")
    assert "“x@” bir e-posta adresi değil." in err


def test_plural_messages_take_the_languages_own_forms() -> None:
    from crm_desktop.i18n import language, n_

    def wrote(count: int) -> str:
        return n_("Wrote {path} ({pages} page).", "Wrote {path} ({pages} pages).", count)

    assert wrote(1) == "Wrote {path} ({pages} page)."
    assert wrote(3) == "Wrote {path} ({pages} pages)."
    with language("ar"):
        forms = {wrote(count) for count in (0, 1, 2, 3, 11, 100)}
    assert len(forms) == 6  # Arabic: zero, one, two, few, many, other
    with language("tr"):
        assert "{pages}" in wrote(5) and wrote(5) != "Wrote {path} ({pages} pages)."
