"""The sources the app cites, by the short names of clinical-notes.md ("Sources")."""

from __future__ import annotations

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, untranslated

# Short names used to cite sources in the app and the report (clinical-notes.md); show
# them with citation(), which translates the app's own article.
SOURCES_CONTEXT = "Sources"
SOURCES: dict[str, str] = {
    "Article": QT_TRANSLATE_NOOP("Sources", 'The bundled article "Sodium and leg cramps"'),
    "AFP-2012": 'Allen & Kirby, "Nocturnal Leg Cramps", American Family Physician '
    "2012;86(4):350-355",
    "NHS": 'NHS, "Leg cramps" (conditions page)',
    "Mayo-NLC": 'Mayo Clinic, "Night leg cramps: when to see a doctor"',
    "Mayo-MC": 'Mayo Clinic, "Muscle cramp"',
    "Garrison-2012": 'Garrison et al., "Nocturnal leg cramps and prescription use that '
    'precedes them", Arch Intern Med 2012',
    "Cochrane-Mg-2020": 'Garrison et al., "Magnesium for skeletal muscle cramps", '
    "Cochrane CD009402, 2020",
    "Cochrane-Q-2015": 'El-Tawil et al., "Quinine for muscle cramps", Cochrane CD005044, 2015',
    "AAN-2010": 'Katzberg et al., "Assessment: symptomatic treatment for muscle cramps", '
    "Neurology 2010 (reaffirmed 2016)",
    "Miller-2021": "Miller et al., evidence-based review of exercise-associated muscle "
    "cramps, J Athl Train 2021",
    "EAH-2015": "Hew-Butler et al., 3rd International Exercise-Associated Hyponatremia "
    "Consensus, BJSM 2015",
    "Hallegraeff-2012": "Hallegraeff et al., stretching before sleep reduces nocturnal leg "
    "cramps (RCT), J Physiother 2012",
    "NHS-DVT": 'NHS, "Deep vein thrombosis (DVT)" (conditions page)',
    "NHS-PE": 'NHS, "Pulmonary embolism" (conditions page)',
    "NHS-Stroke": 'NHS, "Stroke: symptoms" (the FAST test)',
    "NHS-CES": 'NHS, "Cauda equina syndrome" (conditions page)',
    "NHS-PAD": 'NHS, "Peripheral arterial disease (PAD)" (conditions page)',
    "ESVS-ALI-2020": "Björck et al., ESVS 2020 Clinical Practice Guidelines on the Management "
    "of Acute Limb Ischaemia, Eur J Vasc Endovasc Surg 2020;59:173-218",
    "NHS-Tetanus": 'NHS, "Tetanus" (conditions page)',
    "MedlinePlus-Rhabdo": 'MedlinePlus, "Rhabdomyolysis"',
    "FDA-PPI-2011": "US FDA Drug Safety Communication (2 March 2011): low magnesium levels can "
    "be associated with long-term use of proton pump inhibitors",
}
# The article is translated with the app, its key too (the report cites by key); papers
# are cited as published, in English, by their authors' names.
_TRANSLATED_KEYS = {"Article": QT_TRANSLATE_NOOP("Sources", "Article")}


def citation(key: str, translate: Translate = untranslated) -> str:
    """The full citation of source `key` (the key itself if unknown), translated with
    `translate` (QCoreApplication.translate, or a report's language) where it can be."""
    text = SOURCES.get(key, key)
    return translate(SOURCES_CONTEXT, text) if key in _TRANSLATED_KEYS else text


def source_label(key: str, translate: Translate = untranslated) -> str:
    """The short name a source is cited by ("Article", "AFP-2012"), translated with
    `translate` where it is a word rather than authors and a year."""
    label = _TRANSLATED_KEYS.get(key)
    return key if label is None else translate(SOURCES_CONTEXT, label)
