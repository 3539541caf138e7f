//! German word lists that more than one stage needs: `entities` drops a role before a name
//! ("NATO-Generalsekretär Jens Stoltenberg"), `quotes` resolves a speaker named by role ("die
//! Ministerin"). Stage-only lists stay with their stage (`quotes::lexicon` for speech verbs).
//!
//! Every entry is lower case; callers compare lower-cased words.

/// Descriptions of a person's role that a later mention uses ("der NATO-Chef", "die Ministerin").
pub(crate) const ROLE_SUFFIXES: &[&str] = &[
    "chef", "chefin", "sekretär", "sekretärin", "präsident", "präsidentin", "minister", "ministerin", "sprecher",
    "sprecherin", "vorsitzende", "vorsitzender", "kanzler", "kanzlerin", "direktor", "direktorin", "leiter",
    "leiterin", "führer", "führerin", "vertreter", "vertreterin", "experte", "expertin", "anwalt", "anwältin",
    "richter", "richterin", "botschafter", "botschafterin", "politiker", "politikerin", "abgeordnete", "abgeordneter",
    "bürgermeister", "bürgermeisterin", "trainer", "trainerin", "sprecher", "manager", "managerin", "gründer",
    "gründerin", "autor", "autorin", "mitglied", "vorstand", "beauftragte", "beauftragter", "kommissar", "kommissarin",
    "staatsanwalt", "staatsanwältin", "general", "kandidat", "kandidatin", "premier", "premierministerin", "könig",
    "königin", "senator", "senatorin", "regisseur", "regisseurin", "wissenschaftler", "wissenschaftlerin", "forscher",
    "forscherin",
];

/// Interview labels that mark a question without naming the interviewer ("Frage: …"):
/// `known` does not take them for an outlet, `quotes` lists their turns as questions.
pub(crate) const QUESTION_LABELS: &[&str] = &["frage", "f", "interviewer", "interviewerin", "moderator", "moderatorin"];
