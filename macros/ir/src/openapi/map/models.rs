//! OpenAPI schemas → the spec's models and types.

use heck::ToUpperCamelCase;
use serde_json::Value;

use super::Ctx;
use crate::model::{Field, Model, Spanned, TypeRef};
use crate::openapi::document::{Discriminator, Kind, Schema};

/// The models made so far, and the component schemas they come from.
pub(crate) struct Models<'d> {
    /// Component schemas by name, with the model name each becomes.
    components: Vec<(&'d str, &'d Schema, String)>,
    pub(crate) models: Vec<Model>,
    /// Components whose model is being built (a cycle through `allOf`).
    building: Vec<String>,
    /// Components whose type is being worked out (a `$ref` cycle through
    /// non-object schemas).
    resolving: Vec<String>,
}

/// A Rust-safe model name for an OpenAPI name (`link.v2` → `LinkV2`).
pub(crate) fn model_name(name: &str) -> String {
    let camel = name.to_upper_camel_case();
    let camel: String = camel
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    match camel.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => camel,
        _ => format!("M{camel}"),
    }
}

impl<'d> Models<'d> {
    pub(crate) fn new(schemas: &'d [(String, Schema)]) -> Self {
        let mut components: Vec<(&str, &Schema, String)> = Vec::new();
        for (name, schema) in schemas {
            let mut rust = model_name(name);
            while components.iter().any(|(_, _, r)| *r == rust) {
                rust.push('_');
            }
            components.push((name, schema, rust));
        }
        Models {
            components,
            models: Vec::new(),
            building: Vec::new(),
            resolving: Vec::new(),
        }
    }

    /// The component schema `name`.
    pub(crate) fn component(&self, name: &str) -> Option<&'d Schema> {
        self.components
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, s, _)| *s)
    }

    /// Follows references to the schema they name.
    pub(crate) fn follow<'s>(&self, schema: &'s Schema) -> &'s Schema
    where
        'd: 's,
    {
        let mut schema = schema;
        for _ in 0..16 {
            match &schema.kind {
                Kind::Ref(name) => match self.component(name) {
                    Some(s) => schema = s,
                    None => return schema,
                },
                // `allOf: [{$ref: …}]`, 3.0's way to add a description to a
                // reference.
                Kind::AllOf(parts) | Kind::OneOf(parts, _) if parts.len() == 1 => {
                    schema = &parts[0]
                }
                _ => return schema,
            }
        }
        schema
    }

    /// Makes a model of every object component, in document order.
    pub(crate) fn components(&mut self, ctx: &mut Ctx<'_>) {
        let names: Vec<&'d str> = self.components.iter().map(|(n, _, _)| *n).collect();
        for name in names {
            if let Some(schema) = self.component(name)
                && (is_object(self, schema)
                    || enum_values(self, schema).is_some()
                    || self.union_parts(schema).is_some())
            {
                self.component_model(ctx, name);
            }
        }
    }

    /// The model of the component `name`, made on first use.
    fn component_model(&mut self, ctx: &mut Ctx<'_>, name: &str) -> Option<String> {
        let (schema, rust) = self
            .components
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, s, r)| (*s, r.clone()))?;
        if self.models.iter().any(|m| m.name.value == rust) || self.building.contains(&rust) {
            return Some(rust);
        }
        self.building.push(rust.clone());
        match (enum_values(self, schema), self.union_parts(schema)) {
            (Some(values), _) => self.enum_model(ctx, schema, &rust, values),
            (None, Some(parts)) => self.union_model(ctx, schema, &rust, parts),
            (None, None) => self.object_model(ctx, schema, &rust),
        }
        self.building.retain(|b| *b != rust);
        Some(rust)
    }

    /// Makes a model named `name` of an object or `allOf` schema.
    fn object_model(&mut self, ctx: &mut Ctx<'_>, schema: &Schema, name: &str) {
        let mut properties: Vec<(String, Schema)> = Vec::new();
        let mut required: Vec<String> = Vec::new();
        self.collect(ctx, schema, &mut properties, &mut required, &mut Vec::new());
        let mut fields = Vec::new();
        for (prop, s) in &properties {
            let hint = format!("{name}{}", model_name(prop));
            let (ty, nullable) = self.type_of(ctx, s, &hint);
            let example = match &ty {
                // An enum's example is kept when it is one of its values.
                TypeRef::Model(m) => s.example.as_ref().and_then(|e| {
                    let listed = self.models.iter().any(|x| {
                        x.name.value == *m
                            && x.values.iter().any(|v| Some(v.as_str()) == e.as_str())
                    });
                    listed.then(|| Spanned::new(e.to_string(), ctx.loc(&s.pointer)))
                }),
                _ => s.example.as_ref().and_then(|e| example_of(ctx, s, e, &ty)),
            };
            fields.push(Field {
                name: Spanned::new(prop.clone(), ctx.loc(&s.pointer)),
                ty: Spanned::new(ty, ctx.loc(&s.pointer)),
                required: required.contains(prop),
                nullable: nullable || s.nullable,
                description: s.description.clone(),
                inferred: s.inferred.clone(),
                example,
                rust_name: None,
            });
        }
        super::naming::fields(ctx, &mut fields);
        self.models.push(Model {
            name: Spanned::new(name.to_owned(), ctx.loc(&schema.pointer)),
            description: schema.description.clone(),
            inferred: self.follow(schema).inferred.clone(),
            fields,
            values: Vec::new(),
            union: None,
            variant_names: Vec::new(),
            loc: ctx.loc(&schema.pointer),
        });
    }

    /// Makes an enum model named `name` of a string schema's values.
    fn enum_model(&mut self, ctx: &mut Ctx<'_>, schema: &Schema, name: &str, values: Vec<String>) {
        let schema = self.follow(schema);
        let loc = ctx.loc(&schema.pointer);
        let mut listed: Vec<Spanned<String>> = Vec::with_capacity(values.len());
        for v in values {
            if listed.iter().any(|l| l.value == v) {
                ctx.warn(
                    &schema.pointer,
                    format!("the value `{v}` is listed twice; it is kept once"),
                );
            } else {
                listed.push(Spanned::new(v, loc.clone()));
            }
        }
        let variant_names = super::naming::variants(ctx, &listed).unwrap_or_default();
        self.models.push(Model {
            name: Spanned::new(name.to_owned(), loc.clone()),
            description: schema.description.clone(),
            inferred: schema.inferred.clone(),
            fields: Vec::new(),
            values: listed,
            union: None,
            variant_names,
            loc,
        });
    }

    /// A discriminated `oneOf`/`anyOf` of references to object schemas: the
    /// tag property, and each variant's tag value and component. The value is
    /// the document's `mapping` entry for the component, else its name.
    fn union_parts(&self, s: &Schema) -> Option<(String, Vec<(String, String)>)> {
        let Kind::OneOf(variants, Some(d)) = &self.follow(s).kind else {
            return None;
        };
        let mut parts = Vec::new();
        for v in variants {
            let Kind::Ref(component) = &v.kind else {
                return None;
            };
            if !is_object(self, self.component(component)?) {
                return None;
            }
            let reference = format!("#/components/schemas/{component}");
            let value = d
                .mapping
                .iter()
                .find(|(_, target)| *target == reference || target == component)
                .map_or_else(|| component.clone(), |(value, _)| value.clone());
            if parts.iter().any(|(v, _)| *v == value) {
                return None;
            }
            parts.push((value, component.clone()));
        }
        (!parts.is_empty()).then(|| (d.property.clone(), parts))
    }

    /// Makes a union model named `name`: a variant per component, by tag.
    fn union_model(
        &mut self,
        ctx: &mut Ctx<'_>,
        schema: &Schema,
        name: &str,
        (tag, parts): (String, Vec<(String, String)>),
    ) {
        let schema = self.follow(schema);
        let loc = ctx.loc(&schema.pointer);
        let mut variants = Vec::new();
        for (value, component) in parts {
            let rust = self.component_model(ctx, &component).unwrap_or_default();
            variants.push((
                Spanned::new(value, loc.clone()),
                Spanned::new(rust, loc.clone()),
            ));
        }
        self.models.push(Model {
            name: Spanned::new(name.to_owned(), loc.clone()),
            description: schema.description.clone(),
            inferred: schema.inferred.clone(),
            fields: Vec::new(),
            values: Vec::new(),
            union: Some(crate::model::Union {
                tag: Spanned::new(tag, loc.clone()),
                variants,
            }),
            variant_names: Vec::new(),
            loc,
        });
    }

    /// Gathers the properties of an object, through references and `allOf`;
    /// `seen` holds the components already gathered, so each is read once.
    fn collect(
        &self,
        ctx: &mut Ctx<'_>,
        schema: &Schema,
        properties: &mut Vec<(String, Schema)>,
        required: &mut Vec<String>,
        seen: &mut Vec<String>,
    ) {
        if let Kind::Ref(name) = &schema.kind {
            if seen.contains(name) {
                return;
            }
            seen.push(name.clone());
        }
        let schema = self.follow(schema);
        match &schema.kind {
            Kind::Object {
                properties: own,
                required: req,
                map,
            } => {
                if *map {
                    ctx.warn(
                        &schema.pointer,
                        "`additionalProperties` beside `properties` is not kept: keys not listed are ignored".to_owned(),
                    );
                }
                for (name, s) in own {
                    match properties.iter_mut().find(|(n, _)| n == name) {
                        Some(slot) => slot.1 = s.clone(),
                        None => properties.push((name.clone(), s.clone())),
                    }
                }
                required.extend(req.iter().cloned());
            }
            Kind::AllOf(parts) => {
                for part in parts {
                    self.collect(ctx, part, properties, required, seen);
                }
            }
            _ => ctx.warn(
                &schema.pointer,
                "an `allOf` part that is not an object adds no fields".to_owned(),
            ),
        }
    }

    /// The type a `$ref` names: the component's model, or the type of a
    /// component that is not an object, enum or union.
    fn ref_type(
        &mut self,
        ctx: &mut Ctx<'_>,
        s: &Schema,
        name: &str,
        hint: &str,
    ) -> (TypeRef, bool) {
        let target = self.component(name);
        let ty = match target {
            None => {
                ctx.warn(&s.pointer, format!("`$ref` to `{name}`, which `components.schemas` lacks, becomes `serde_json::Value`"));
                TypeRef::Json
            }
            Some(t)
                if is_object(self, t)
                    || enum_values(self, t).is_some()
                    || self.union_parts(t).is_some() =>
            {
                let ty = TypeRef::Model(self.component_model(ctx, name).unwrap_or_default());
                return (ty, s.nullable || self.follow(s).nullable);
            }
            Some(_) if self.resolving.iter().any(|r| r == name) => {
                ctx.warn(&s.pointer, format!("`$ref` to `{name}` refers back to itself without an object between; it becomes `serde_json::Value`"));
                TypeRef::Json
            }
            Some(t) => {
                self.resolving.push(name.to_owned());
                let (ty, nullable) = self.type_of(ctx, t, hint);
                self.resolving.pop();
                return (ty, nullable || t.nullable);
            }
        };
        (ty, s.nullable)
    }

    /// The type of a schema, and whether it may be `null`; `hint` names a
    /// model made for an inline object.
    pub(crate) fn type_of(&mut self, ctx: &mut Ctx<'_>, s: &Schema, hint: &str) -> (TypeRef, bool) {
        if let Kind::AllOf(parts) | Kind::OneOf(parts, _) = &s.kind
            && let [only] = parts.as_slice()
        {
            let (ty, nullable) = self.type_of(ctx, only, hint);
            return (ty, nullable || s.nullable);
        }
        let ty = match &s.kind {
            Kind::Ref(name) => return self.ref_type(ctx, s, name, hint),
            Kind::String => match enum_values(self, s) {
                Some(values) => {
                    let name = self.fresh(hint);
                    self.enum_model(ctx, s, &name, values);
                    TypeRef::Model(name)
                }
                None => TypeRef::String,
            },
            Kind::Integer => TypeRef::Integer,
            Kind::Number => TypeRef::Number,
            Kind::Boolean => TypeRef::Boolean,
            Kind::Array(items) => {
                let (inner, _) = self.type_of(ctx, items, &format!("{hint}Item"));
                TypeRef::Array(Box::new(inner))
            }
            Kind::Object {
                properties, map, ..
            } if properties.is_empty() => {
                if *map {
                    ctx.warn(
                        &s.pointer,
                        "a map (`additionalProperties`) becomes `serde_json::Value`".to_owned(),
                    );
                }
                TypeRef::Json
            }
            Kind::Object { .. } | Kind::AllOf(_) => {
                let name = self.fresh(hint);
                self.object_model(ctx, s, &name);
                TypeRef::Model(name)
            }
            Kind::OneOf(variants, _) if nullable_of(variants).is_some() => {
                // `anyOf: [{$ref: …}, {type: null}]`: 3.1's nullable reference.
                let inner = nullable_of(variants).unwrap_or(s);
                let (ty, _) = self.type_of(ctx, inner, hint);
                return (ty, true);
            }
            Kind::OneOf(..) if self.union_parts(s).is_some() => {
                let parts = self.union_parts(s).unwrap_or_default();
                let name = self.fresh(hint);
                self.union_model(ctx, s, &name, parts);
                TypeRef::Model(name)
            }
            Kind::OneOf(variants, discriminator) => {
                ctx.warn(
                    &s.pointer,
                    undiscriminated(variants.len(), discriminator.as_ref()),
                );
                TypeRef::Json
            }
            Kind::Any => TypeRef::Json,
        };
        (ty, s.nullable)
    }

    /// A model name not taken yet, from `hint`.
    fn fresh(&self, hint: &str) -> String {
        let base = model_name(hint);
        let taken = |n: &str| {
            self.models.iter().any(|m| m.name.value == n)
                || self.components.iter().any(|(_, _, r)| r == n)
        };
        let mut name = base.clone();
        let mut i = 2;
        while taken(&name) {
            name = format!("{base}{i}");
            i += 1;
        }
        name
    }
}

/// The one schema of a `oneOf`/`anyOf` that is not `{type: null}`, when
/// the others all are.
fn nullable_of(variants: &[Schema]) -> Option<&Schema> {
    let is_null = |v: &&Schema| matches!(v.kind, Kind::Any) && v.nullable;
    let mut rest = variants.iter().filter(|v| !is_null(v));
    let one = rest.next()?;
    (rest.next().is_none() && variants.len() > 1).then_some(one)
}

/// The values of a string schema with an `enum` (a `null` member aside),
/// through references.
fn enum_values(models: &Models<'_>, s: &Schema) -> Option<Vec<String>> {
    let s = models.follow(s);
    if !matches!(s.kind, Kind::String) {
        return None;
    }
    let mut values = Vec::new();
    for v in &s.enum_values {
        match v {
            Value::String(text) if !values.contains(text) => values.push(text.clone()),
            Value::String(_) | Value::Null => {}
            _ => return None,
        }
    }
    (!values.is_empty()).then_some(values)
}

/// Whether a schema (through references) is an object with properties or
/// an `allOf`, and so becomes a model.
fn is_object(models: &Models<'_>, s: &Schema) -> bool {
    match &models.follow(s).kind {
        Kind::Object { properties, .. } => !properties.is_empty(),
        Kind::AllOf(_) => true,
        _ => false,
    }
}

/// The example, as JSON text, when it fits the type; else a warning.
fn example_of(ctx: &mut Ctx<'_>, s: &Schema, e: &Value, ty: &TypeRef) -> Option<Spanned<String>> {
    let fits = match ty {
        TypeRef::String => e.is_string(),
        TypeRef::Integer => e.is_i64() || e.is_u64(),
        TypeRef::Number => e.is_number(),
        TypeRef::Boolean => e.is_boolean(),
        TypeRef::Array(_) => e.is_array(),
        TypeRef::Model(_) => e.is_object(),
        TypeRef::Json => true,
    } || (e.is_null() && s.nullable);
    if !fits || matches!(ty, TypeRef::Model(_) | TypeRef::Array(_)) {
        if !fits {
            ctx.warn(
                &s.pointer,
                format!("the example `{e}` does not fit the type; it is left out"),
            );
        }
        return None;
    }
    Some(Spanned::new(e.to_string(), ctx.loc(&s.pointer)))
}

/// Why a `oneOf`/`anyOf` of `n` schemas that is not a tagged union becomes
/// `serde_json::Value`.
fn undiscriminated(n: usize, discriminator: Option<&Discriminator>) -> String {
    match discriminator {
        Some(d) => format!(
            "a `oneOf`/`anyOf` of {n} schemas discriminated by `{}` becomes `serde_json::Value`: only one of `$ref`s to object schemas becomes a tagged union",
            d.property
        ),
        None => format!(
            "a `oneOf`/`anyOf` of {n} schemas without a discriminator becomes `serde_json::Value`"
        ),
    }
}
