"""The first start: no database yet, so ask a few things and offer sample data."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import check_currency
from crm_desktop.services.records import parse_input
from crm_desktop.services.settings import BusinessSettings
from crm_desktop.ui.forms import FieldErrors

LANGUAGES = (("en", "English"), ("ar", "العربية"), ("fa", "فارسی"), ("tr", "Türkçe"))
# a sensible currency for the region picked (the user can change it)
CURRENCY_FOR_REGION = {
    "SA": "SAR",
    "AE": "AED",
    "EG": "EGP",
    "IR": "IRR",
    "TR": "TRY",
    "US": "USD",
    "GB": "GBP",
    "DE": "EUR",
    "FR": "EUR",
    "IQ": "IQD",
    "KW": "KWD",
    "QA": "QAR",
    "JO": "JOD",
    "MA": "MAD",
}


class FirstStartDialog(QDialog):
    """Collects the business settings; ``settings`` and ``with_sample_data`` hold the answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start")
        self.setWindowTitle(self.tr("Welcome to CRM Desktop"))
        self.errors = FieldErrors()
        self.settings: BusinessSettings | None = None
        self.language_code = "en"
        system = QLocale.system()
        region = QLocale.territoryToCode(system.territory()) or "US"

        self.business_name = QLineEdit()
        hint = self.tr("Your shop or company")
        self.business_name.setPlaceholderText(hint)
        # wide enough for the hint in every language (Persian's is twice the English)
        self.business_name.setMinimumWidth(self.business_name.fontMetrics().horizontalAdvance(hint) + 40)
        self.region = QLineEdit(region if region != "C" else "US")
        self.region.setMaxLength(2)
        self.currency = QLineEdit(CURRENCY_FOR_REGION.get(self.region.text().upper(), "USD"))
        self.currency.setMaxLength(3)
        self.region.textEdited.connect(self._suggest_currency)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(system.name().split("_")[0])))
        self.empty = QRadioButton(self.tr("Start with an empty database"))
        self.sample = QRadioButton(self.tr("Start with sample data to try things out"))
        self.empty.setChecked(True)

        intro = QLabel(
            self.tr("A few questions before we start. You can change all of this later in Settings.")
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.errors.add_row(form, "business_name", self.tr("Business name"), self.business_name)
        self.errors.add_row(form, "default_region", self.tr("Country (for phone numbers)"), self.region)
        self.errors.add_row(form, "base_currency", self.tr("Main currency"), self.currency)
        self.errors.add_row(form, "language", self.tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.empty)
        layout.addWidget(self.sample)
        layout.addWidget(buttons)

    def _suggest_currency(self, region: str) -> None:
        suggestion = CURRENCY_FOR_REGION.get(region.strip().upper())
        if suggestion:
            self.currency.setText(suggestion)

    @property
    def with_sample_data(self) -> bool:
        return self.sample.isChecked()

    def accept(self) -> None:
        errors: dict[str, str] = {}
        if not self.business_name.text().strip():
            errors["business_name"] = self.tr("Type the name printed on your reports and quotes.")
        try:
            check_currency(self.currency.text(), "base_currency")
            self.settings = parse_input(
                BusinessSettings,
                {
                    "business_name": self.business_name.text().strip(),
                    "base_currency": self.currency.text(),
                    "default_region": self.region.text(),
                    "language": self.language.currentData(),
                },
            )
        except ValidationError as error:
            errors.update(error.errors)
        if errors:
            self.errors.show(errors)
            return
        self.language_code = str(self.language.currentData())
        super().accept()
