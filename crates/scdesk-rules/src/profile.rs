//! The fund profile: areas, objectives, constituencies, seats, rules and settings of a
//! pooled fund, as data. The Migration MPTF's profile is built in; any other fund's is a
//! JSON file of the same shape. A profile that does not hold together is refused.
//!
//! # Names in French and Spanish
//!
//! The profile writes its names in English; beside each English text it may give the
//! French and the Spanish, in an object named by the language code with the same field
//! names as the English, all optional, so that a profile without them (every profile
//! written before them) stays valid and shows its English names in every language:
//!
//! ```json
//! { "number": 5, "name": "Improving the social inclusion and integration of migrants",
//!   "short": "Inclusion and integration",
//!   "fr": { "name": "Améliorer l’inclusion sociale et l’intégration des migrants",
//!           "short": "Inclusion et intégration", "provisional": true },
//!   "es": { "name": "…", "short": "…" } }
//! ```
//!
//! - the Fund itself and its constituencies: `fr`/`es` with `name`;
//! - thematic areas: `fr`/`es` with `name` and `short` (`short` optional: the language's
//!   name stands in for it, as the English name does);
//! - GCM objectives: `fr`/`es` with `title`;
//! - markers: `fr`/`es` with `name`; each level of a scale: `fr`/`es` with `label` and
//!   `definition`;
//! - settings: `fr`/`es` with `note`;
//! - guiding principles, which dossiers name by their English words (the FMU's assessment
//!   of each is keyed by them): `principle_names`, an object from the English principle
//!   to its `fr`/`es` objects with `name`. A principle it names must be in `principles`.
//!
//! `"provisional": true` in a language's object says that the translation may not be the
//! official wording (of A/RES/73/195 for the GCM's objectives and principles, of the
//! Fund for its areas): it is shown all the same, and [`FundProfile::provisional`] lists
//! them (`fr:objective:16`) so that the FMU can check them. What the profile does not
//! translate is shown in English. The accessors taking a [`Lang`] (`name_in`,
//! `title_in`, …) give the language's text, or the English.
//!
//! The English stays the profile's own text: signed files and the public register name
//! areas, objectives and principles in English, whatever the language; a decision file of
//! format 3 carries the names its record prints in all three languages, so that the
//! record prints in any of them from the same signed file.

use rust_decimal::Decimal;
use scdesk_lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use crate::money::{self, MoneyError};

/// The built-in profile of the Migration Multi-Partner Trust Fund.
pub const MMPTF_PROFILE_JSON: &str = include_str!("../../../data/mmptf-profile.json");

/// The profile format this build reads and writes.
pub const PROFILE_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundProfile {
    pub format: u32,
    pub id: String,
    pub name: String,
    pub short_name: String,
    /// The Fund's name in French and Spanish.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<NameIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<NameIn>,
    pub currency: String,
    pub administrative_agent: AdministrativeAgent,
    pub indirect_cost_percent: Decimal,
    pub areas: Vec<Area>,
    pub objectives: Vec<Objective>,
    pub objective_mapping_note: String,
    pub principles: Vec<String>,
    /// The principles' names in French and Spanish, by their English words.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub principle_names: BTreeMap<String, Translations<NameIn>>,
    pub constituencies: Vec<Constituency>,
    pub seat_count: u32,
    pub term_years: u32,
    pub rotation_per_year: u32,
    pub chair: String,
    pub decision_rule: DecisionRule,
    pub settings: Settings,
    pub markers: Vec<Marker>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdministrativeAgent {
    pub name: String,
    pub fee_percent: Decimal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub number: u32,
    /// The Fund's official name, as its Terms of Reference write it.
    pub name: String,
    /// SC Desk's few words for a narrow column or a menu (the Fund publishes none); the
    /// official name stays everywhere there is room for it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<AreaIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<AreaIn>,
}

impl Area {
    /// The short words, or the official name where the profile gives none.
    pub fn short_name(&self) -> &str {
        if self.short.is_empty() {
            &self.name
        } else {
            &self.short
        }
    }

    fn translated(&self, lang: Lang) -> Option<&AreaIn> {
        pick(lang, &self.fr, &self.es)
    }

    /// The official name in `lang`, or in English where the profile has no translation.
    pub fn name_in(&self, lang: Lang) -> &str {
        self.translated(lang).map_or(&self.name, |t| &t.name)
    }

    /// The short words in `lang`: the language's own, or its name where it gives none;
    /// in English where the profile has no translation.
    pub fn short_in(&self, lang: Lang) -> &str {
        match self.translated(lang) {
            Some(t) if !t.short.is_empty() => &t.short,
            Some(t) => &t.name,
            None => self.short_name(),
        }
    }

    /// The area as a reader in `lang` sees it: names in that language, no translations.
    pub fn in_language(&self, lang: Lang) -> Area {
        Area {
            number: self.number,
            name: self.name_in(lang).to_string(),
            short: match self.translated(lang) {
                Some(t) => t.short.clone(),
                None => self.short.clone(),
            },
            fr: None,
            es: None,
        }
    }
}

/// A thematic area's names in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaIn {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub provisional: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub number: u32,
    pub title: String,
    /// The thematic areas this objective belongs to; a cross-cutting one lists several.
    pub areas: Vec<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<TitleIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<TitleIn>,
}

impl Objective {
    /// The objective's title in `lang`, or in English.
    pub fn title_in(&self, lang: Lang) -> &str {
        pick(lang, &self.fr, &self.es).map_or(&self.title, |t| &t.title)
    }
}

/// An objective's title in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleIn {
    pub title: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub provisional: bool,
}

/// A name in one language (a marker's, a principle's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameIn {
    pub name: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub provisional: bool,
}

/// A text's French and Spanish, either optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translations<T> {
    // A missing `Option` reads as `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fr: Option<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub es: Option<T>,
}

impl<T> Translations<T> {
    pub fn get(&self, lang: Lang) -> Option<&T> {
        pick(lang, &self.fr, &self.es)
    }
}

/// The translation for `lang`, if the profile gives one (never for English).
fn pick<'a, T>(lang: Lang, fr: &'a Option<T>, es: &'a Option<T>) -> Option<&'a T> {
    match lang {
        Lang::En => None,
        Lang::Fr => fr.as_ref(),
        Lang::Es => es.as_ref(),
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constituency {
    pub id: String,
    pub name: String,
    pub seats: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<NameIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<NameIn>,
}

impl Constituency {
    /// The constituency's name in `lang`, or in English.
    pub fn name_in(&self, lang: Lang) -> &str {
        pick(lang, &self.fr, &self.es).map_or(&self.name, |t| &t.name)
    }
}

/// How the committee decides. Consensus is the Fund's; other funds vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum DecisionRule {
    Consensus,
    SimpleMajority,
    QualifiedMajority { numerator: u32, denominator: u32 },
}

/// A value the Fund has not published: it ships with a default and a note saying so,
/// and the user always sees both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setting<T> {
    pub value: T,
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<NoteIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<NoteIn>,
}

impl<T> Setting<T> {
    /// The note in `lang`, or in English.
    pub fn note_in(&self, lang: Lang) -> &str {
        pick(lang, &self.fr, &self.es).map_or(&self.note, |t| &t.note)
    }
}

/// A setting's note in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteIn {
    pub note: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub provisional: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub quorum_members: Setting<u32>,
    pub written_procedure_days: Setting<u32>,
    /// Written as people write amounts, e.g. `3,000,000`.
    pub budget_ceiling: Setting<String>,
    pub duration_min_months: Setting<u32>,
    pub duration_max_months: Setting<u32>,
    pub area_target_percent: Setting<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marker {
    pub id: String,
    pub name: String,
    pub source: String,
    /// The lowest code the Fund accepts.
    pub minimum: String,
    /// From lowest to highest.
    pub scale: Vec<MarkerLevel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<NameIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<NameIn>,
}

impl Marker {
    /// The marker's name in `lang`, or in English.
    pub fn name_in(&self, lang: Lang) -> &str {
        pick(lang, &self.fr, &self.es).map_or(&self.name, |t| &t.name)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkerLevel {
    pub code: String,
    pub label: String,
    pub definition: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<LevelIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<LevelIn>,
}

impl MarkerLevel {
    /// The level's label in `lang`, or in English.
    pub fn label_in(&self, lang: Lang) -> &str {
        pick(lang, &self.fr, &self.es).map_or(&self.label, |t| &t.label)
    }

    /// The level's definition in `lang`, or in English.
    pub fn definition_in(&self, lang: Lang) -> &str {
        pick(lang, &self.fr, &self.es).map_or(&self.definition, |t| &t.definition)
    }
}

/// A marker level's label and definition in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelIn {
    pub label: String,
    pub definition: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub provisional: bool,
}

/// Why a fund profile was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProfileError {
    #[error("The fund profile is not valid JSON of the expected shape: {0}")]
    Malformed(String),
    #[error("The fund profile has format {found}; this version of SC Desk reads format {expected}. Update SC Desk or ask the FMU for a profile in format {expected}.")]
    UnsupportedFormat { found: u32, expected: u32 },
    #[error("The constituencies' seats add up to {sum}, but the profile says the committee has {seat_count} seats.")]
    SeatsDoNotAddUp { sum: u32, seat_count: u32 },
    #[error("Objective {objective} belongs to no thematic area: give it at least one area.")]
    ObjectiveInNoArea { objective: u32 },
    #[error(
        "Objective {objective} names thematic area {area}, which the profile does not define."
    )]
    UnknownArea { objective: u32, area: u32 },
    #[error("The profile defines {what} {id} twice.")]
    Duplicate { what: &'static str, id: String },
    #[error("{rotation} seats rotating a year with {term}-year terms cannot keep {seats} seats filled: rotation × term must equal the seat count.")]
    RotationDoesNotFit {
        rotation: u32,
        term: u32,
        seats: u32,
    },
    #[error("The quorum of {quorum} members is not between 1 and the {seats} seats.")]
    QuorumOutOfRange { quorum: u32, seats: u32 },
    #[error("The qualified majority {numerator}/{denominator} is not a fraction between one half and one.")]
    BadMajority { numerator: u32, denominator: u32 },
    #[error("The {marker} marker's minimum `{minimum}` is not a code on its scale.")]
    MarkerMinimumNotOnScale { marker: String, minimum: String },
    #[error("The {marker} marker has an empty scale.")]
    EmptyMarkerScale { marker: String },
    #[error("The budget ceiling setting is not an amount: {0}")]
    BadBudgetCeiling(MoneyError),
    #[error(
        "The duration bounds are reversed: {min} months minimum is more than {max} months maximum."
    )]
    DurationBoundsReversed { min: u32, max: u32 },
    #[error("The profile has no thematic areas.")]
    NoAreas,
}

impl FundProfile {
    /// The Migration MPTF's profile, shipped with SC Desk.
    pub fn builtin() -> FundProfile {
        // The built-in profile is checked by a unit test, so this cannot fail in a release.
        Self::from_json(MMPTF_PROFILE_JSON).expect("the built-in fund profile is valid")
    }

    /// Reads and validates a profile.
    pub fn from_json(text: &str) -> Result<FundProfile, ProfileError> {
        let profile: FundProfile =
            serde_json::from_str(text).map_err(|e| ProfileError::Malformed(e.to_string()))?;
        profile.validate()?;
        Ok(profile)
    }

    /// Checks that the profile holds together.
    pub fn validate(&self) -> Result<(), ProfileError> {
        if self.format != PROFILE_FORMAT {
            return Err(ProfileError::UnsupportedFormat {
                found: self.format,
                expected: PROFILE_FORMAT,
            });
        }
        if self.areas.is_empty() {
            return Err(ProfileError::NoAreas);
        }
        let mut area_numbers = BTreeSet::new();
        for area in &self.areas {
            if !area_numbers.insert(area.number) {
                return Err(ProfileError::Duplicate {
                    what: "thematic area",
                    id: area.number.to_string(),
                });
            }
        }
        let mut objective_numbers = BTreeSet::new();
        for objective in &self.objectives {
            if !objective_numbers.insert(objective.number) {
                return Err(ProfileError::Duplicate {
                    what: "objective",
                    id: objective.number.to_string(),
                });
            }
            if objective.areas.is_empty() {
                return Err(ProfileError::ObjectiveInNoArea {
                    objective: objective.number,
                });
            }
            if let Some(area) = objective.areas.iter().find(|a| !area_numbers.contains(a)) {
                return Err(ProfileError::UnknownArea {
                    objective: objective.number,
                    area: *area,
                });
            }
        }
        if let Some(unknown) = self
            .principle_names
            .keys()
            .find(|p| !self.principles.contains(p))
        {
            return Err(ProfileError::Malformed(format!(
                "principle_names translates “{unknown}”, which is not one of the profile's principles"
            )));
        }
        let mut constituency_ids = BTreeSet::new();
        for c in &self.constituencies {
            if !constituency_ids.insert(c.id.as_str()) {
                return Err(ProfileError::Duplicate {
                    what: "constituency",
                    id: c.id.clone(),
                });
            }
        }
        let sum: u32 = self.constituencies.iter().map(|c| c.seats).sum();
        if sum != self.seat_count {
            return Err(ProfileError::SeatsDoNotAddUp {
                sum,
                seat_count: self.seat_count,
            });
        }
        if self.rotation_per_year * self.term_years != self.seat_count {
            return Err(ProfileError::RotationDoesNotFit {
                rotation: self.rotation_per_year,
                term: self.term_years,
                seats: self.seat_count,
            });
        }
        let quorum = self.settings.quorum_members.value;
        if quorum == 0 || quorum > self.seat_count {
            return Err(ProfileError::QuorumOutOfRange {
                quorum,
                seats: self.seat_count,
            });
        }
        if let DecisionRule::QualifiedMajority {
            numerator,
            denominator,
        } = self.decision_rule
        {
            if denominator == 0 || 2 * numerator <= denominator || numerator > denominator {
                return Err(ProfileError::BadMajority {
                    numerator,
                    denominator,
                });
            }
        }
        for marker in &self.markers {
            if marker.scale.is_empty() {
                return Err(ProfileError::EmptyMarkerScale {
                    marker: marker.name.clone(),
                });
            }
            if !marker.scale.iter().any(|l| l.code == marker.minimum) {
                return Err(ProfileError::MarkerMinimumNotOnScale {
                    marker: marker.name.clone(),
                    minimum: marker.minimum.clone(),
                });
            }
        }
        self.budget_ceiling()?;
        let (min, max) = (
            self.settings.duration_min_months.value,
            self.settings.duration_max_months.value,
        );
        if min > max {
            return Err(ProfileError::DurationBoundsReversed { min, max });
        }
        Ok(())
    }

    pub fn budget_ceiling(&self) -> Result<Decimal, ProfileError> {
        money::parse_amount(&self.settings.budget_ceiling.value, &self.currency)
            .map_err(ProfileError::BadBudgetCeiling)
    }

    pub fn area(&self, number: u32) -> Option<&Area> {
        self.areas.iter().find(|a| a.number == number)
    }

    pub fn objective(&self, number: u32) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.number == number)
    }

    pub fn constituency(&self, id: &str) -> Option<&Constituency> {
        self.constituencies.iter().find(|c| c.id == id)
    }

    pub fn marker(&self, id: &str) -> Option<&Marker> {
        self.markers.iter().find(|m| m.id == id)
    }

    /// The Fund's name in `lang`, or in English.
    pub fn name_in(&self, lang: Lang) -> &str {
        pick(lang, &self.fr, &self.es).map_or(&self.name, |t| &t.name)
    }

    /// A guiding principle's name in `lang`, or its English words.
    pub fn principle_name<'a>(&'a self, principle: &'a str, lang: Lang) -> &'a str {
        self.principle_names
            .get(principle)
            .and_then(|t| t.get(lang))
            .map_or(principle, |t| &t.name)
    }

    /// The translations marked provisional, as `fr:objective:16`, `es:area:2`,
    /// `fr:principle:people-centred`, `fr:marker:gender`, `es:marker:gender:2` (a level),
    /// `fr:setting:quorum_members`: for the FMU to check against the official wording.
    pub fn provisional(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut note = |lang: Lang, marked: Option<bool>, what: String| {
            if marked == Some(true) {
                out.push(format!("{lang}:{what}"));
            }
        };
        for lang in [Lang::Fr, Lang::Es] {
            let t = pick(lang, &self.fr, &self.es);
            note(lang, t.map(|t| t.provisional), "fund".into());
            for c in &self.constituencies {
                let t = pick(lang, &c.fr, &c.es);
                note(
                    lang,
                    t.map(|t| t.provisional),
                    format!("constituency:{}", c.id),
                );
            }
            for a in &self.areas {
                note(
                    lang,
                    a.translated(lang).map(|t| t.provisional),
                    format!("area:{}", a.number),
                );
            }
            for o in &self.objectives {
                let t = pick(lang, &o.fr, &o.es);
                note(
                    lang,
                    t.map(|t| t.provisional),
                    format!("objective:{}", o.number),
                );
            }
            for p in &self.principles {
                let t = self.principle_names.get(p).and_then(|t| t.get(lang));
                note(lang, t.map(|t| t.provisional), format!("principle:{p}"));
            }
            for m in &self.markers {
                let t = pick(lang, &m.fr, &m.es);
                note(lang, t.map(|t| t.provisional), format!("marker:{}", m.id));
                for l in &m.scale {
                    let t = pick(lang, &l.fr, &l.es);
                    note(
                        lang,
                        t.map(|t| t.provisional),
                        format!("marker:{}:{}", m.id, l.code),
                    );
                }
            }
            for (name, _, fr, es) in self.settings.notes() {
                note(
                    lang,
                    pick(lang, fr, es).map(|t| t.provisional),
                    format!("setting:{name}"),
                );
            }
        }
        out
    }

    /// Takes the French and Spanish of `other` (the built-in profile) for each name this
    /// profile writes in the same English and does not translate itself: a workspace made
    /// before the profile had translations shows the Fund's names in its language, and a
    /// name the FMU changed keeps its English rather than a translation of other words.
    /// Only what is shown changes: the profile stored in the workspace stays as it is.
    pub fn adopt_translations(&mut self, other: &FundProfile) {
        if self.name == other.name {
            self.fr = self.fr.take().or_else(|| other.fr.clone());
            self.es = self.es.take().or_else(|| other.es.clone());
        }
        for c in &mut self.constituencies {
            if let Some(o) = other.constituency(&c.id).filter(|o| o.name == c.name) {
                c.fr = c.fr.take().or_else(|| o.fr.clone());
                c.es = c.es.take().or_else(|| o.es.clone());
            }
        }
        for a in &mut self.areas {
            if let Some(o) = other
                .area(a.number)
                .filter(|o| o.name == a.name && o.short == a.short)
            {
                a.fr = a.fr.take().or_else(|| o.fr.clone());
                a.es = a.es.take().or_else(|| o.es.clone());
            }
        }
        for ob in &mut self.objectives {
            if let Some(o) = other.objective(ob.number).filter(|o| o.title == ob.title) {
                ob.fr = ob.fr.take().or_else(|| o.fr.clone());
                ob.es = ob.es.take().or_else(|| o.es.clone());
            }
        }
        for p in &self.principles {
            if let Some(t) = other.principle_names.get(p) {
                self.principle_names
                    .entry(p.clone())
                    .or_insert_with(|| t.clone());
            }
        }
        for m in &mut self.markers {
            let Some(o) = other.marker(&m.id).filter(|o| o.name == m.name) else {
                continue;
            };
            m.fr = m.fr.take().or_else(|| o.fr.clone());
            m.es = m.es.take().or_else(|| o.es.clone());
            for l in &mut m.scale {
                if let Some(ol) = o.scale.iter().find(|ol| {
                    ol.code == l.code && ol.label == l.label && ol.definition == l.definition
                }) {
                    l.fr = l.fr.take().or_else(|| ol.fr.clone());
                    l.es = l.es.take().or_else(|| ol.es.clone());
                }
            }
        }
        let theirs = other.settings.notes();
        for (name, note, fr, es) in self.settings.notes_mut() {
            if let Some((.., their_fr, their_es)) = theirs
                .iter()
                .find(|(n, their_note, ..)| *n == name && *their_note == note)
            {
                *fr = fr.take().or_else(|| (*their_fr).clone());
                *es = es.take().or_else(|| (*their_es).clone());
            }
        }
    }
}

type NoteTranslations<'a> = (
    &'static str,
    &'a String,
    &'a Option<NoteIn>,
    &'a Option<NoteIn>,
);
type NoteFields<'a> = (
    &'static str,
    &'a String,
    &'a mut Option<NoteIn>,
    &'a mut Option<NoteIn>,
);

impl Settings {
    fn notes(&self) -> Vec<NoteTranslations<'_>> {
        macro_rules! each {
            ($($f:ident),*) => {
                vec![$((stringify!($f), &self.$f.note, &self.$f.fr, &self.$f.es)),*]
            };
        }
        each!(
            quorum_members,
            written_procedure_days,
            budget_ceiling,
            duration_min_months,
            duration_max_months,
            area_target_percent
        )
    }

    fn notes_mut(&mut self) -> Vec<NoteFields<'_>> {
        macro_rules! each {
            ($($f:ident),*) => {
                vec![$((stringify!($f), &self.$f.note, &mut self.$f.fr, &mut self.$f.es)),*]
            };
        }
        each!(
            quorum_members,
            written_procedure_days,
            budget_ceiling,
            duration_min_months,
            duration_max_months,
            area_target_percent
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin_value() -> serde_json::Value {
        serde_json::from_str(MMPTF_PROFILE_JSON).unwrap()
    }

    #[test]
    fn builtin_profile_is_the_funds() {
        let p = FundProfile::builtin();
        assert_eq!(p.name, "Migration Multi-Partner Trust Fund");
        assert_eq!(p.areas.len(), 5);
        assert_eq!(p.objectives.len(), 23);
        assert_eq!(p.principles.len(), 10);
        assert_eq!(p.seat_count, 12);
        assert_eq!(
            p.constituencies.iter().map(|c| c.seats).collect::<Vec<_>>(),
            [3, 3, 3, 3]
        );
        assert_eq!((p.term_years, p.rotation_per_year), (3, 4));
        assert_eq!(p.decision_rule, DecisionRule::Consensus);
        assert_eq!(p.administrative_agent.fee_percent, Decimal::ONE);
        assert_eq!(p.indirect_cost_percent, Decimal::from(7));
        assert_eq!(p.objective(23).unwrap().areas, [1, 2, 3, 4, 5]);
        assert_eq!(p.marker("gender").unwrap().scale.len(), 4);
        assert_eq!(p.budget_ceiling().unwrap(), Decimal::from(3_000_000));
    }

    /// Each case breaks the built-in profile in one way and names the error expected.
    #[test]
    fn refuses_profiles_that_do_not_hold_together() {
        type Edit = fn(&mut serde_json::Value);
        type Check = fn(&ProfileError) -> bool;
        let cases: Vec<(&str, Edit, Check)> = vec![
            (
                "seats do not add up",
                |v| v["constituencies"][0]["seats"] = 4.into(),
                |e| {
                    matches!(
                        e,
                        ProfileError::SeatsDoNotAddUp {
                            sum: 13,
                            seat_count: 12
                        }
                    )
                },
            ),
            (
                "objective in no area",
                |v| v["objectives"][4]["areas"] = serde_json::json!([]),
                |e| matches!(e, ProfileError::ObjectiveInNoArea { objective: 5 }),
            ),
            (
                "unknown area",
                |v| v["objectives"][0]["areas"] = serde_json::json!([9]),
                |e| {
                    matches!(
                        e,
                        ProfileError::UnknownArea {
                            objective: 1,
                            area: 9
                        }
                    )
                },
            ),
            (
                "duplicate area",
                |v| v["areas"][1]["number"] = 1.into(),
                |e| {
                    matches!(
                        e,
                        ProfileError::Duplicate {
                            what: "thematic area",
                            ..
                        }
                    )
                },
            ),
            (
                "rotation does not fit",
                |v| v["rotation_per_year"] = 3.into(),
                |e| matches!(e, ProfileError::RotationDoesNotFit { .. }),
            ),
            (
                "quorum above seats",
                |v| v["settings"]["quorum_members"]["value"] = 13.into(),
                |e| matches!(e, ProfileError::QuorumOutOfRange { quorum: 13, .. }),
            ),
            (
                "marker minimum off scale",
                |v| v["markers"][1]["minimum"] = "9".into(),
                |e| matches!(e, ProfileError::MarkerMinimumNotOnScale { .. }),
            ),
            (
                "qualified majority below half",
                |v| v["decision_rule"] = serde_json::json!({"kind": "qualified_majority", "numerator": 1, "denominator": 3}),
                |e| matches!(e, ProfileError::BadMajority { .. }),
            ),
            (
                "unknown field",
                |v| v["surprise"] = true.into(),
                |e| matches!(e, ProfileError::Malformed(_)),
            ),
            (
                "future format",
                |v| v["format"] = 2.into(),
                |e| matches!(e, ProfileError::UnsupportedFormat { found: 2, .. }),
            ),
            (
                "bad ceiling",
                |v| v["settings"]["budget_ceiling"]["value"] = "3 million".into(),
                |e| matches!(e, ProfileError::BadBudgetCeiling(_)),
            ),
            (
                "reversed durations",
                |v| v["settings"]["duration_min_months"]["value"] = 48.into(),
                |e| matches!(e, ProfileError::DurationBoundsReversed { min: 48, max: 36 }),
            ),
        ];
        for (name, edit, check) in cases {
            let mut v = builtin_value();
            edit(&mut v);
            let err = FundProfile::from_json(&v.to_string()).expect_err(name);
            assert!(check(&err), "{name}: got {err:?}");
        }
    }

    /// Every name of the built-in profile has its French and Spanish; the English is the
    /// profile's own; the provisional ones are listed.
    #[test]
    fn the_builtin_profile_names_everything_in_three_languages() {
        let p = FundProfile::builtin();
        for lang in [Lang::Fr, Lang::Es] {
            let differs = |en: &str, other: &str, what: &str| {
                assert!(
                    !other.is_empty() && other != en,
                    "{lang}: {what} is not translated"
                );
            };
            for a in &p.areas {
                assert_eq!(a.name_in(Lang::En), a.name);
                assert_eq!(a.short_in(Lang::En), a.short_name());
                differs(&a.name, a.name_in(lang), &format!("area {}", a.number));
                differs(
                    &a.short,
                    a.short_in(lang),
                    &format!("area {} short", a.number),
                );
            }
            for o in &p.objectives {
                assert_eq!(o.title_in(Lang::En), o.title);
                differs(
                    &o.title,
                    o.title_in(lang),
                    &format!("objective {}", o.number),
                );
            }
            for pr in &p.principles {
                assert_eq!(p.principle_name(pr, Lang::En), pr);
                let name = p.principle_name(pr, lang);
                assert!(p.principle_names[pr].get(lang).is_some(), "{lang}: {pr}");
                assert!(!name.is_empty());
            }
            for m in &p.markers {
                differs(&m.name, m.name_in(lang), &m.id);
                for l in &m.scale {
                    differs(&l.definition, l.definition_in(lang), &m.id);
                    assert!(!l.label_in(lang).is_empty());
                }
            }
            let s = &p.settings;
            differs(
                &s.quorum_members.note,
                s.quorum_members.note_in(lang),
                "quorum",
            );
            differs(
                &s.area_target_percent.note,
                s.area_target_percent.note_in(lang),
                "target",
            );
        }
        assert_eq!(
            p.principle_name("human rights", Lang::Fr),
            "droits de l’homme"
        );
        assert_eq!(
            p.principle_name("not a principle", Lang::Fr),
            "not a principle"
        );
        assert_eq!(
            p.objective(11).unwrap().title_in(Lang::Es),
            "Gestionar las fronteras de manera integrada, segura y coordinada"
        );
        let provisional = p.provisional();
        for expected in [
            "fr:area:1",
            "es:area:5",
            "fr:objective:16",
            "es:objective:22",
        ] {
            assert!(provisional.iter().any(|x| x == expected), "{expected}");
        }
        assert!(!provisional.iter().any(|x| x == "fr:objective:11"));
    }

    /// A profile without translations (any profile written before them) is read as
    /// before and shows its English in every language; the built-in names are taken
    /// only where its English is the same.
    #[test]
    fn a_profile_without_translations_stays_valid_and_adopts_the_builtin_names() {
        fn strip(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(o) => {
                    o.remove("fr");
                    o.remove("es");
                    o.remove("principle_names");
                    o.values_mut().for_each(strip);
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
                _ => {}
            }
        }
        let mut v = builtin_value();
        strip(&mut v);
        v["objectives"][1]["title"] = "Our own words for objective 2".into();
        let mut p = FundProfile::from_json(&v.to_string()).unwrap();
        assert!(p.provisional().is_empty());
        let area = &p.areas[0];
        assert_eq!(area.name_in(Lang::Fr), area.name);
        assert_eq!(area.short_in(Lang::Es), area.short);
        assert_eq!(
            p.principle_name("people-centred", Lang::Fr),
            "people-centred"
        );

        let builtin = FundProfile::builtin();
        p.adopt_translations(&builtin);
        assert_eq!(p.areas, builtin.areas);
        assert_eq!(p.markers, builtin.markers);
        assert_eq!(p.settings, builtin.settings);
        assert_eq!(p.principle_names, builtin.principle_names);
        assert_eq!(p.objective(1), builtin.objective(1));
        assert_eq!(
            p.objective(2).unwrap().title_in(Lang::Fr),
            "Our own words for objective 2",
            "a name the FMU changed keeps its own words"
        );
    }

    #[test]
    fn a_translation_of_a_principle_the_profile_does_not_have_is_refused() {
        let mut v = builtin_value();
        v["principle_names"]["no such principle"] = serde_json::json!({"fr": {"name": "x"}});
        assert!(matches!(
            FundProfile::from_json(&v.to_string()),
            Err(ProfileError::Malformed(_))
        ));
        let mut v = builtin_value();
        v["areas"][0]["fr"]["surprise"] = true.into();
        assert!(matches!(
            FundProfile::from_json(&v.to_string()),
            Err(ProfileError::Malformed(_))
        ));
    }

    #[test]
    fn another_funds_profile_with_majority_voting_is_accepted() {
        let mut v = builtin_value();
        v["decision_rule"] =
            serde_json::json!({"kind": "qualified_majority", "numerator": 2, "denominator": 3});
        v["constituencies"] = serde_json::json!([
            {"id": "a", "name": "A", "seats": 5},
            {"id": "b", "name": "B", "seats": 5}
        ]);
        v["seat_count"] = 10.into();
        v["term_years"] = 2.into();
        v["rotation_per_year"] = 5.into();
        let p = FundProfile::from_json(&v.to_string()).unwrap();
        assert_eq!(p.seat_count, 10);
    }
}
