"""界面语言: which language the window speaks and the translators that make it so.

The source strings are Simplified Chinese, so zh_CN needs no translation of our own, only Qt's
(the buttons of QDialogButtonBox, QMessageBox and QFileDialog); English loads
resources/translations/aftersales_en.qm and Qt's qtbase_en.qm.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from aftersales_desktop.paths import resource_path

DEFAULT = "zh_CN"
# code → the language's own name (shown untranslated, so anyone finds theirs)
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
SETTINGS_KEY = "ui/language"
QM_NAME = "aftersales_{code}.qm"


def normalised(code: str | None) -> str | None:
    """'en', 'en_US', 'zh', 'zh-CN' … → a code of LANGUAGES; None for anything else."""
    if not code:
        return None
    code = code.strip().replace("-", "_")
    if code in LANGUAGES:
        return code
    base = code.split("_")[0].lower()
    return {"zh": "zh_CN", "en": "en"}.get(base)


def chosen_language(settings: QSettings | None = None, override: str | None = None) -> str:
    """The command line's `--lang` first, else the choice saved in 设置 › 界面语言, else zh_CN."""
    if normalised(override):
        return normalised(override)
    settings = settings or QSettings()
    return normalised(str(settings.value(SETTINGS_KEY, DEFAULT) or "")) or DEFAULT


def save_language(settings: QSettings, code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    settings.setValue(SETTINGS_KEY, code)


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_language(app: QCoreApplication, code: str) -> list[str]:
    """Replace the translators of a previous call by those of `code`; set the default locale
    (dates, numbers). Returns the files loaded, for the log and the tests."""
    for old in getattr(app, "_aftersales_translators", []):
        app.removeTranslator(old)
    translators, loaded = [], []
    candidates = [(f"qtbase_{code}", qt_translations_dir())]
    if code != DEFAULT:
        candidates.append((QM_NAME.format(code=code)[:-3], str(resource_path("translations"))))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
            loaded.append(translator.filePath())
    app._aftersales_translators = translators
    app._aftersales_language = code
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
                       if code == "en" else QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    return loaded


def current_language(app: QCoreApplication | None = None) -> str:
    return getattr(app or QCoreApplication.instance(), "_aftersales_language", DEFAULT)
