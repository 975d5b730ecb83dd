"""Value semantics layer: conversions, operators, .NET formatting and the .NET member surface.

Layer: values (imports only pwshlite.objects, pwshlite.errors and the standard library). Modules:
convert (string form, truthiness, casts, type names), ops (operators), dotnet_format (-f, ToString(fmt)),
members (properties, methods, static members), regex (.NET regex on re), clock (PWSHLITE_NOW), types
(PSType, Guid, ArrayList, GenericList, TypedArray). See docs/values.md.
"""
