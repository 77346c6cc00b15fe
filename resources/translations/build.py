"""Extract and compile CRM Desktop's translations (standard library only).

    python resources/translations/build.py extract   # sources -> .ts, .pot, .po (translations kept)
    python resources/translations/build.py compile   # .ts -> .qm (+ context index), .po -> .mo

Two catalogues:

* the window (``src/crm_desktop/ui``): Qt's ``tr()``; ``pyside6-lupdate`` writes
  ``crm_desktop_<lang>.ts`` here, ``pyside6-lrelease`` compiles them to
  ``src/crm_desktop/locale/crm_desktop_<lang>.qm``. English has only the plural
  forms ("%n contact(s)" -> "1 contact" / "%n contacts"). ``compile`` also writes
  ``crm_desktop_contexts.json``: which contexts hold each source text, so that
  ``crm_desktop.ui.translator.CrmTranslator`` can find a text asked for under
  another class name (see that module);
* everything else (services, domain, storage, ``crm``): gettext ``_()``, domain
  ``crm_desktop``; ``pybabel`` extracts ``crm_desktop.pot``, updates ``<lang>.po``
  here and compiles ``src/crm_desktop/locale/<lang>/LC_MESSAGES/crm_desktop.mo``.

The tools are the ones installed next to the Python running this script (the
project's virtualenv): pyside6-lupdate, pyside6-lrelease, pybabel.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "src" / "crm_desktop"
UI = PACKAGE / "ui"
LOCALE = PACKAGE / "locale"
DOMAIN = "crm_desktop"
LANGUAGES = ("ar", "fa", "tr")  # full translations
SOURCE_LANGUAGE = "en"  # plural forms only
CONTEXTS_FILE = "crm_desktop_contexts.json"
POT = HERE / f"{DOMAIN}.pot"


def tool(name: str) -> str:
    """A program installed next to this Python (the virtualenv's bin or Scripts folder)."""
    folder = Path(sys.executable).parent
    found = shutil.which(name, path=str(folder))
    if found is None:
        raise SystemExit(f"{name} not found in {folder}: install the project's dev dependencies there")
    return found


def run(*command: str | Path) -> None:
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def project_version() -> str:
    """The catalogues carry the program's version (``crm_desktop.__version__``, its one place)."""
    from crm_desktop import __version__

    return __version__


def ts_file(language: str) -> Path:
    return HERE / f"{DOMAIN}_{language}.ts"


def po_file(language: str) -> Path:
    return HERE / f"{language}.po"


def ui_sources() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if "__pycache__" not in path.parts)


# --- extract ----------------------------------------------------------------------


def extract_qt() -> None:
    """lupdate: new texts are added unfinished, vanished ones dropped, translations kept."""
    sources = ui_sources()
    for language in (*LANGUAGES, SOURCE_LANGUAGE):
        options = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
        run(
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            *options,
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            *sources,
            "-ts",
            ts_file(language),
        )


def _without_dates(path: Path) -> list[str]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.startswith(('"POT-Creation-Date:', '"PO-Revision-Date:'))]


def _replace_if_changed(new: Path, old: Path) -> None:
    """Keep ``old`` (and its dates) when only the creation date would change."""
    if _without_dates(new) != _without_dates(old):
        shutil.copyfile(new, old)


def extract_gettext() -> None:
    pybabel = tool("pybabel")
    with tempfile.TemporaryDirectory() as temporary:
        scratch = Path(temporary)
        pot = scratch / POT.name
        run(
            pybabel,
            "--quiet",
            "extract",
            "--no-default-keywords",
            "--keyword=_",
            "--keyword=n_:1,2",
            "--ignore-dirs=ui",
            "--ignore-dirs=__pycache__",
            "--sort-by-file",
            "--width=100",
            "--project=CRM Desktop",
            f"--version={project_version()}",
            "--copyright-holder=CRM Desktop developers",
            "--msgid-bugs-address=",
            "--output-file",
            pot,
            PACKAGE.relative_to(ROOT),  # locations relative to the repository
        )
        _replace_if_changed(pot, POT)
        for language in LANGUAGES:
            target = po_file(language)
            work = scratch / target.name
            if target.exists():
                shutil.copyfile(target, work)
                run(
                    pybabel,
                    "--quiet",
                    "update",
                    "--no-fuzzy-matching",
                    "--ignore-obsolete",
                    "--width=100",
                    "--domain",
                    DOMAIN,
                    "--input-file",
                    POT,
                    "--output-file",
                    work,
                    "--locale",
                    language,
                )
            else:
                run(
                    pybabel,
                    "--quiet",
                    "init",
                    "--width=100",
                    "--domain",
                    DOMAIN,
                    "--input-file",
                    POT,
                    "--output-file",
                    work,
                    "--locale",
                    language,
                )
            _replace_if_changed(work, target)


# --- compile ----------------------------------------------------------------------


def context_index(ts_files: list[Path]) -> dict[str, object]:
    """Which contexts hold each (source, disambiguation), over every ``.ts``."""
    contexts: dict[tuple[str, str], set[str]] = {}
    for path in ts_files:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (message.findtext("source") or "", message.findtext("comment") or "")
                contexts.setdefault(key, set()).add(name)
    messages = []
    for (source, disambiguation), names in sorted(contexts.items()):
        entry: dict[str, object] = {"source": source}
        if disambiguation:
            entry["disambiguation"] = disambiguation
        entry["contexts"] = sorted(names)
        messages.append(entry)
    return {"generated_by": "resources/translations/build.py compile", "messages": messages}


def compile_qt(out: Path = LOCALE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    languages = (*LANGUAGES, SOURCE_LANGUAGE)
    for language in languages:
        run(tool("pyside6-lrelease"), "-silent", ts_file(language), "-qm", out / f"{DOMAIN}_{language}.qm")
    index = context_index([ts_file(language) for language in LANGUAGES])
    (out / CONTEXTS_FILE).write_text(index_json(index), encoding="utf-8")


def index_json(index: dict[str, object]) -> str:
    """JSON with one message a line: small, and readable in a diff."""
    messages = index["messages"]
    assert isinstance(messages, list)
    lines = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in messages)
    return f'{{"generated_by": {json.dumps(index["generated_by"])},\n"messages": [\n{lines}\n]}}\n'


def compile_gettext(out: Path = LOCALE) -> None:
    for language in LANGUAGES:
        target = out / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
        target.parent.mkdir(parents=True, exist_ok=True)
        run(
            tool("pybabel"),
            "--quiet",
            "compile",
            "--domain",
            DOMAIN,
            "--input-file",
            po_file(language),
            "--output-file",
            target,
            "--locale",
            language,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("step", choices=["extract", "compile"])
    parser.add_argument(
        "--out", type=Path, default=LOCALE, help="where compile writes (default: the package)"
    )
    args = parser.parse_args(argv)
    if args.step == "extract":
        extract_qt()
        extract_gettext()
    else:
        compile_qt(args.out)
        compile_gettext(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
