//! Models that contain themselves: a field whose model holds, directly or
//! through other models' fields and unions, the model the field is in,
//! would make a type of infinite size. Such fields are boxed. Lists and
//! maps already hold their items behind a pointer, so only direct fields
//! count; every field between two models of one strongly connected
//! component of the "holds by value" graph is boxed, which breaks every
//! cycle.

use std::collections::HashMap;

use crate::ir::{Model, ModelKind, TypeRef};

/// Sets `boxed` on every field that closes a cycle of models held by value.
pub(super) fn box_cycles(models: &mut [Model]) {
    let index: HashMap<String, usize> = models
        .iter()
        .enumerate()
        .map(|(i, m)| (m.name.clone(), i))
        .collect();
    let edges: Vec<Vec<usize>> = models
        .iter()
        .map(|m| {
            held(m)
                .filter_map(|name| index.get(name).copied())
                .collect()
        })
        .collect();
    let component = components(&edges);
    for (i, m) in models.iter_mut().enumerate() {
        if let ModelKind::Object(fields) = &mut m.kind {
            for f in fields {
                if let TypeRef::Model(name) = &f.ty
                    && let Some(&j) = index.get(name)
                {
                    f.boxed = component[i] == component[j];
                }
            }
        }
    }
}

/// The models a model holds by value: its fields' own models, a union's
/// variants.
fn held(m: &Model) -> Box<dyn Iterator<Item = &str> + '_> {
    match &m.kind {
        ModelKind::Object(fields) => Box::new(fields.iter().filter_map(|f| match &f.ty {
            TypeRef::Model(name) => Some(name.as_str()),
            _ => None,
        })),
        ModelKind::Union { variants, .. } => Box::new(variants.iter().map(|v| v.model.as_str())),
        ModelKind::Enum(_) => Box::new(std::iter::empty()),
    }
}

/// The strongly connected component of each node (Kosaraju's two passes,
/// without recursion).
fn components(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    for start in 0..n {
        if seen[start] {
            continue;
        }
        seen[start] = true;
        let mut stack = vec![(start, 0)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&to) = edges[node].get(next) {
                stack.push((node, next + 1));
                if !seen[to] {
                    seen[to] = true;
                    stack.push((to, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    let mut reverse = vec![Vec::new(); n];
    for (from, tos) in edges.iter().enumerate() {
        for &to in tos {
            reverse[to].push(from);
        }
    }
    let mut component = vec![usize::MAX; n];
    for (c, &root) in order.iter().rev().enumerate() {
        if component[root] != usize::MAX {
            continue;
        }
        component[root] = c;
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            for &from in &reverse[node] {
                if component[from] == usize::MAX {
                    component[from] = c;
                    stack.push(from);
                }
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_group_the_nodes_of_each_cycle() {
        // 0 → 1 → 2 → 0, 2 → 3, 3 → 3, 4 alone.
        let edges = vec![vec![1], vec![2], vec![0, 3], vec![3], vec![]];
        let c = components(&edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[2], c[3]);
        assert_ne!(c[3], c[4]);
        assert_ne!(c[0], c[4]);
    }
}
