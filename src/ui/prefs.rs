//! Reading preferences: theme, text size, typeface and interface language.
//!
//! Each is a small enum with the one spelling used everywhere: in URL parameters, in
//! localStorage and in the `data-*` attributes on `<html>` that the stylesheets select on.

/// The colour theme. `Auto` follows the system (`prefers-color-scheme`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
    Sepia,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::Auto, Theme::Light, Theme::Dark, Theme::Sepia];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Sepia => "sepia",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The next theme, for the `t` shortcut: auto → light → dark → sepia → auto.
    #[must_use]
    pub fn next(self) -> Theme {
        match self {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Sepia,
            Theme::Sepia => Theme::Auto,
        }
    }
}

/// The article's text size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TextSize {
    Small,
    #[default]
    Medium,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [TextSize::Small, TextSize::Medium, TextSize::Large, TextSize::Larger];

    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Small => "s",
            TextSize::Medium => "m",
            TextSize::Large => "l",
            TextSize::Larger => "xl",
        }
    }

    pub fn parse(s: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// The article's typeface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Typeface {
    #[default]
    Serif,
    Sans,
}

impl Typeface {
    pub const ALL: [Typeface; 2] = [Typeface::Serif, Typeface::Sans];

    pub fn as_str(self) -> &'static str {
        match self {
            Typeface::Serif => "serif",
            Typeface::Sans => "sans",
        }
    }

    pub fn parse(s: &str) -> Option<Typeface> {
        Typeface::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// The interface language. Articles keep their own language; this is the buttons and labels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// `de` or `en`, exactly (the URL parameter).
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a browser's `navigator.language` (`de-AT`, `en-GB`, `fr`) asks for:
    /// English for English, German for German and for everything else (the articles are German).
    pub fn from_browser(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        if primary == "en" {
            Lang::En
        } else {
            Lang::De
        }
    }
}

/// The preferences a reader sets and the browser remembers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Prefs {
    pub theme: Theme,
    pub size: TextSize,
    pub face: Typeface,
}

impl Prefs {
    /// The stored form: `theme=dark;size=l;face=sans`.
    pub fn to_storage(self) -> String {
        format!("theme={};size={};face={}", self.theme.as_str(), self.size.as_str(), self.face.as_str())
    }

    /// Reads the stored form; anything unreadable keeps its default.
    pub fn from_storage(stored: &str) -> Prefs {
        let mut prefs = Prefs::default();
        for pair in stored.split(';') {
            match pair.split_once('=') {
                Some(("theme", v)) => prefs.theme = Theme::parse(v).unwrap_or(prefs.theme),
                Some(("size", v)) => prefs.size = TextSize::parse(v).unwrap_or(prefs.size),
                Some(("face", v)) => prefs.face = Typeface::parse(v).unwrap_or(prefs.face),
                _ => {}
            }
        }
        prefs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn theme_cycles_through_all() {
        let mut theme = Theme::Auto;
        let mut seen = Vec::new();
        for _ in 0..4 {
            seen.push(theme);
            theme = theme.next();
        }
        assert_eq!(theme, Theme::Auto);
        assert_eq!(seen, Theme::ALL);
    }

    #[test]
    fn browser_languages() {
        for (tag, lang) in
            [("en-GB", Lang::En), ("EN", Lang::En), ("de-AT", Lang::De), ("fr", Lang::De), ("", Lang::De)]
        {
            assert_eq!(Lang::from_browser(tag), lang, "{tag:?}");
        }
    }

    #[test]
    fn prefs_round_trip_and_survive_garbage() {
        let prefs = Prefs { theme: Theme::Sepia, size: TextSize::Larger, face: Typeface::Sans };
        assert_eq!(Prefs::from_storage(&prefs.to_storage()), prefs);
        assert_eq!(
            Prefs::from_storage("theme=purple;size;=;face=sans"),
            Prefs { face: Typeface::Sans, ..Prefs::default() }
        );
    }
}
