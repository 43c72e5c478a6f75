//! Models: the request and response types of an API.

use super::TypeRef;

/// A request or response type.
#[derive(Clone, Debug)]
pub struct Model {
    /// The type name, also its Rust name (`Link`).
    pub name: String,
    /// What the docs say of it.
    pub description: Option<String>,
    /// Why it exists though no docs describe it (inferred from an example).
    pub inferred: Option<String>,
    /// An object, an enum of strings, or a tagged union.
    pub kind: ModelKind,
    /// Whether an endpoint sends it as a request body.
    pub is_body: bool,
}

/// What shape a model has.
#[derive(Clone, Debug)]
pub enum ModelKind {
    /// An object with fields.
    Object(Vec<Field>),
    /// A string with listed values.
    Enum(NonEmpty<EnumVariant>),
    /// Object models told apart by a tag field.
    Union {
        /// The tag's field name (`type`).
        tag: String,
        /// Each tag value with its model.
        variants: NonEmpty<UnionVariant>,
    },
}

/// A list with at least one item: an enum's values, a union's variants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NonEmpty<T> {
    first: T,
    rest: Vec<T>,
}

impl<T> NonEmpty<T> {
    /// The items of `items`, or `None` when there are none.
    pub fn new(mut items: Vec<T>) -> Option<Self> {
        if items.is_empty() {
            return None;
        }
        let first = items.remove(0);
        Some(NonEmpty { first, rest: items })
    }

    /// The first item.
    pub fn first(&self) -> &T {
        &self.first
    }

    /// Every item, in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        std::iter::once(&self.first).chain(&self.rest)
    }

    /// How many items.
    pub fn len(&self) -> usize {
        1 + self.rest.len()
    }

    /// Never: the list has at least one item.
    pub fn is_empty(&self) -> bool {
        false
    }
}

impl Model {
    /// The fields of an object model; none for the others.
    pub fn fields(&self) -> &[Field] {
        match &self.kind {
            ModelKind::Object(fields) => fields,
            _ => &[],
        }
    }

    /// The field with this wire name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields().iter().find(|f| f.name == name)
    }
}

/// One field of an object model.
#[derive(Clone, Debug)]
pub struct Field {
    /// The wire name (`createdAt`).
    pub name: String,
    /// The Rust name (`created_at`).
    pub ident: String,
    /// Its type.
    pub ty: TypeRef,
    /// Whether every value has it.
    pub required: bool,
    /// Whether it may be `null`.
    pub nullable: bool,
    /// What the docs say of it.
    pub description: Option<String>,
    /// Why it exists though no docs describe it.
    pub inferred: Option<String>,
    /// An example value, as JSON text.
    pub example: Option<String>,
    /// Whether the field holds its model in a `Box`: the model contains,
    /// through it, the model the field is in.
    pub boxed: bool,
}

impl Field {
    /// Whether the Rust field is an `Option`: not always sent, or nullable.
    pub fn is_optional(&self) -> bool {
        !self.required || self.nullable
    }
}

/// One listed value of an enum model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnumVariant {
    /// The value as sent (`in_progress`).
    pub value: String,
    /// The Rust variant (`InProgress`).
    pub ident: String,
}

/// One variant of a tagged union.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnionVariant {
    /// The tag's value (`card`).
    pub tag: String,
    /// The model it holds, also the Rust variant's name.
    pub model: String,
}
