//! The rendered HTML as a tree, queried the way a person finds things on a page: by role and
//! accessible name, by label, by text. Enough of HTML for what Yew's server renderer writes
//! (well-formed, attribute values quoted, text escaped); not a general parser.

#![allow(dead_code)]

/// One element: its tag, attributes and children, by index into [`Dom::nodes`].
#[derive(Debug)]
pub struct Element {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
    children: Vec<Child>,
    parent: Option<usize>,
}

#[derive(Debug)]
enum Child {
    Element(usize),
    Text(String),
}

pub struct Dom {
    nodes: Vec<Element>,
}

/// A found element, for reading its attributes and text, and for queries inside it.
#[derive(Clone, Copy)]
pub struct Node<'a> {
    dom: &'a Dom,
    index: usize,
}

const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"];

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

impl Dom {
    pub fn parse(html: &str) -> Dom {
        let root = Element { tag: "#root".into(), attrs: Vec::new(), children: Vec::new(), parent: None };
        let mut nodes = vec![root];
        let mut open = vec![0usize];
        let mut rest = html;
        while !rest.is_empty() {
            let Some(lt) = rest.find('<') else {
                let top = *open.last().expect("the root stays open");
                nodes[top].children.push(Child::Text(unescape(rest)));
                break;
            };
            if lt > 0 {
                let top = *open.last().expect("the root stays open");
                nodes[top].children.push(Child::Text(unescape(&rest[..lt])));
            }
            rest = &rest[lt..];
            if let Some(after) = rest.strip_prefix("<!--") {
                rest = after.find("-->").map_or("", |e| &after[e + 3..]);
                continue;
            }
            let end = tag_end(rest);
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                if let Some(at) = open.iter().rposition(|&i| nodes[i].tag == name) {
                    open.truncate(at.max(1));
                }
                continue;
            }
            if tag.starts_with('!') {
                continue;
            }
            let self_closing = tag.ends_with('/');
            let tag = tag.trim_end_matches('/');
            let (name, attrs) = parse_tag(tag);
            let parent = *open.last().expect("the root stays open");
            let void = VOID.contains(&name.as_str()) || self_closing;
            let raw_text = name == "textarea";
            nodes.push(Element { tag: name.clone(), attrs, children: Vec::new(), parent: Some(parent) });
            let index = nodes.len() - 1;
            nodes[parent].children.push(Child::Element(index));
            if raw_text {
                let close = rest.find("</textarea>").unwrap_or(rest.len());
                nodes[index].children.push(Child::Text(unescape(&rest[..close])));
                rest = rest.get(close + "</textarea>".len()..).unwrap_or("");
            } else if !void {
                open.push(index);
            }
        }
        Dom { nodes }
    }

    pub fn root(&self) -> Node<'_> {
        Node { dom: self, index: 0 }
    }

    /// All elements of `role` (explicit or implicit) whose accessible name is `name`.
    pub fn all_by_role(&self, role: &str, name: Option<&str>) -> Vec<Node<'_>> {
        self.root().all_by_role(role, name)
    }

    /// The one element of `role` named `name`; panics (listing what there is) otherwise.
    pub fn by_role(&self, role: &str, name: &str) -> Node<'_> {
        self.root().by_role(role, name)
    }

    /// The form control whose label reads `label`.
    pub fn by_label(&self, label: &str) -> Node<'_> {
        let found: Vec<Node<'_>> = (1..self.nodes.len())
            .map(|index| Node { dom: self, index })
            .filter(|n| is_control(&n.element().tag) && n.label().as_deref() == Some(label))
            .collect();
        assert_eq!(found.len(), 1, "one control labelled {label:?}");
        found[0]
    }

    /// Whether some element's own text (its text children, joined) contains `text`.
    pub fn has_text(&self, text: &str) -> bool {
        self.root().text().contains(text)
    }

    fn by_id(&self, id: &str) -> Option<Node<'_>> {
        (1..self.nodes.len()).map(|index| Node { dom: self, index }).find(|n| n.attr("id") == Some(id))
    }
}

/// The end of a tag (its `>`), skipping `>` inside quoted attribute values.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i,
            _ => {}
        }
    }
    s.len() - 1
}

fn parse_tag(tag: &str) -> (String, Vec<(String, String)>) {
    let name_end = tag.find(|c: char| c.is_whitespace()).unwrap_or(tag.len());
    let name = tag[..name_end].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut rest = tag[name_end..].trim_start();
    while !rest.is_empty() {
        let key_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let key = rest[..key_end].to_ascii_lowercase();
        rest = &rest[key_end..];
        let value = if let Some(after) = rest.strip_prefix("=\"") {
            let close = after.find('"').unwrap_or(after.len());
            rest = after.get(close + 1..).unwrap_or("");
            unescape(&after[..close])
        } else {
            String::new()
        };
        if !key.is_empty() {
            attrs.push((key, value));
        }
        rest = rest.trim_start();
    }
    (name, attrs)
}

fn is_control(tag: &str) -> bool {
    matches!(tag, "input" | "select" | "textarea" | "button")
}

impl<'a> Node<'a> {
    pub fn element(&self) -> &'a Element {
        &self.dom.nodes[self.index]
    }

    pub fn attr(&self, name: &str) -> Option<&'a str> {
        self.element().attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    pub fn has_attr(&self, name: &str) -> bool {
        self.attr(name).is_some()
    }

    /// The text inside, whitespace collapsed.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out, false);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn collect_text(&self, out: &mut String, skip_controls: bool) {
        for child in &self.element().children {
            match child {
                Child::Text(t) => out.push_str(t),
                Child::Element(i) => {
                    let node = Node { dom: self.dom, index: *i };
                    if !(skip_controls && is_control(&node.element().tag)) {
                        node.collect_text(out, skip_controls);
                    }
                }
            }
        }
    }

    /// A label's own words: the text inside, without the control it wraps.
    fn label_text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out, true);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn descendants(&self) -> Vec<Node<'a>> {
        let mut out = Vec::new();
        for child in &self.element().children {
            if let Child::Element(i) = child {
                let node = Node { dom: self.dom, index: *i };
                out.push(node);
                out.extend(node.descendants());
            }
        }
        out
    }

    fn ancestors(&self) -> impl Iterator<Item = Node<'a>> + 'a {
        let dom = self.dom;
        std::iter::successors(self.element().parent, move |&i| dom.nodes[i].parent)
            .map(move |index| Node { dom, index })
    }

    /// The element's role: its `role` attribute, else the one HTML gives its tag.
    pub fn role(&self) -> Option<&'a str> {
        if let Some(role) = self.attr("role") {
            return Some(role);
        }
        let e = self.element();
        Some(match e.tag.as_str() {
            "a" if self.has_attr("href") => "link",
            "button" => "button",
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => "heading",
            "textarea" => "textbox",
            "input" => match self.attr("type").unwrap_or("text") {
                "checkbox" => "checkbox",
                "file" => "button",
                _ => "textbox",
            },
            "select" => "combobox",
            "option" => "option",
            "article" => "article",
            "aside" => "complementary",
            "nav" => "navigation",
            "main" => "main",
            "header"
                if !self.ancestors().any(|a| matches!(a.element().tag.as_str(), "article" | "main" | "section")) =>
            {
                "banner"
            }
            "ul" | "ol" => "list",
            "li" => "listitem",
            "section" if self.has_attr("aria-label") || self.has_attr("aria-labelledby") => "region",
            "figure" => "figure",
            "table" => "table",
            "progress" => "progressbar",
            "form" => "form",
            "mark" => "mark",
            "time" => "time",
            "p" => "paragraph",
            _ => return None,
        })
    }

    /// The heading level of an `h1`…`h6`.
    pub fn level(&self) -> Option<u8> {
        self.element().tag.strip_prefix('h').and_then(|n| n.parse().ok())
    }

    /// The accessible name: `aria-labelledby`, `aria-label`, the label of a control, the text
    /// of what is named by its content, else `title`.
    pub fn name(&self) -> String {
        if let Some(ids) = self.attr("aria-labelledby") {
            return ids
                .split_whitespace()
                .filter_map(|id| self.dom.by_id(id))
                .map(|n| n.text())
                .collect::<Vec<_>>()
                .join(" ");
        }
        if let Some(label) = self.attr("aria-label") {
            return label.to_string();
        }
        if let Some(label) = self.label() {
            return label;
        }
        let from_content = matches!(
            self.role(),
            Some("button" | "link" | "heading" | "listitem" | "option" | "tooltip" | "mark" | "cell")
        );
        if from_content {
            return self.text();
        }
        self.attr("title").unwrap_or_default().to_string()
    }

    /// The text of the `<label>` for this control (by `for`, or around it).
    fn label(&self) -> Option<String> {
        if !is_control(&self.element().tag) || self.element().tag == "button" {
            return None;
        }
        if let Some(id) = self.attr("id") {
            let by_for = (1..self.dom.nodes.len())
                .map(|index| Node { dom: self.dom, index })
                .find(|n| n.element().tag == "label" && n.attr("for") == Some(id));
            if let Some(label) = by_for {
                return Some(label.label_text());
            }
        }
        self.ancestors().find(|a| a.element().tag == "label").map(|l| l.label_text())
    }

    pub fn all_by_role(&self, role: &str, name: Option<&str>) -> Vec<Node<'a>> {
        self.descendants()
            .into_iter()
            .filter(|n| n.role() == Some(role) && name.is_none_or(|w| n.name() == w))
            .collect()
    }

    pub fn by_role(&self, role: &str, name: &str) -> Node<'a> {
        let found = self.all_by_role(role, Some(name));
        if found.len() != 1 {
            let names: Vec<String> = self.all_by_role(role, None).iter().map(|n| n.name()).collect();
            panic!("{} {role} named {name:?}; the {role}s are {names:?}", found.len());
        }
        found[0]
    }
}
