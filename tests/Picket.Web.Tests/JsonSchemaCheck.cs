using System.Text.Json;

namespace Picket.Web.Tests;

/// <summary>
/// Checks a JSON value against a schema of an OpenAPI 3.1 document (the JSON Schema subset ASP.NET Core emits: $ref,
/// type or a list of types, properties, required, items, additionalProperties, anyOf/oneOf/allOf), so a test can say
/// an answer has the shape the document promises. Undocumented properties are errors too: the document must say
/// everything the dashboard may read.
/// </summary>
internal static class JsonSchemaCheck
{
    public static List<string> Errors(JsonElement value, JsonElement schema, JsonElement document)
    {
        var errors = new List<string>();
        Check(value, schema, document, "$", errors, 0);
        return errors;
    }

    private static void Check(JsonElement value, JsonElement schema, JsonElement doc, string at, List<string> errors, int depth)
    {
        if (depth > 40 || schema.ValueKind != JsonValueKind.Object) return;
        if (schema.TryGetProperty("$ref", out var r))
        {
            Check(value, Resolve(doc, r.GetString()!), doc, at, errors, depth + 1);
            return;
        }
        foreach (var combinator in new[] { "anyOf", "oneOf" })
            if (schema.TryGetProperty(combinator, out var options))
            {
                if (!options.EnumerateArray().Any(o => Errors(value, o, doc).Count == 0))
                    errors.Add($"{at}: matches none of {combinator}");
                return;
            }
        if (schema.TryGetProperty("allOf", out var all))
            foreach (var s in all.EnumerateArray()) Check(value, s, doc, at, errors, depth + 1);
        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(value, t)))
            {
                errors.Add($"{at}: {value.ValueKind} where the document says {string.Join("|", types)}");
                return;
            }
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            var props = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
                    if (!value.TryGetProperty(name, out _)) errors.Add($"{at}: required '{name}' missing");
            foreach (var prop in value.EnumerateObject())
            {
                if (props.ValueKind == JsonValueKind.Object && props.TryGetProperty(prop.Name, out var ps)) Check(prop.Value, ps, doc, $"{at}.{prop.Name}", errors, depth + 1);
                else if (schema.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.Object) Check(prop.Value, ap, doc, $"{at}.{prop.Name}", errors, depth + 1);
                else if (props.ValueKind == JsonValueKind.Object) errors.Add($"{at}: '{prop.Name}' is not in the document");
            }
        }
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            int i = 0;
            foreach (var item in value.EnumerateArray().Take(25)) Check(item, items, doc, $"{at}[{i++}]", errors, depth + 1);
        }
    }

    private static bool Is(JsonElement v, string type) => type switch
    {
        "object" => v.ValueKind == JsonValueKind.Object,
        "array" => v.ValueKind == JsonValueKind.Array,
        "string" => v.ValueKind == JsonValueKind.String,
        "number" => v.ValueKind == JsonValueKind.Number,
        "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
        "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => v.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    public static JsonElement Resolve(JsonElement doc, string reference)
    {
        var node = doc;
        foreach (var part in reference.TrimStart('#', '/').Split('/')) node = node.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        return node;
    }
}
