//! Entity clusters.
use super::{Cluster, Found, Mention};
pub(crate) fn cluster(text: &str, found: Vec<Found>) -> (Vec<Mention>, Vec<Cluster>) {
    let mut mentions = Vec::new();
    let mut clusters = Vec::new();
    for f in found {
        clusters.push(Cluster { name: f.span.slice(text).to_string(), kind: f.kind, mentions: vec![mentions.len()], quotes: vec![] });
        mentions.push(Mention { span: f.span, kind: f.kind, variant: f.variant, cluster: clusters.len() - 1 });
    }
    (mentions, clusters)
}
