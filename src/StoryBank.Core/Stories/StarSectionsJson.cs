using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace StoryBank.Core.Stories;

/// <summary>
/// Writes and reads <see cref="StarSections"/> as six plain fields of the object that holds them
/// (<c>"situation": "…", "role": "…"</c>), in place of one nested object: the import JSON, the backup file, the import
/// hash and the editor's saved drafts all had those fields before the sections became one type, and keep them.
/// </summary>
public static class StarSectionsJson
{
    /// <summary>The default contract with every <see cref="StarSections"/> property flattened.</summary>
    public static IJsonTypeInfoResolver Resolver { get; } = new DefaultJsonTypeInfoResolver { Modifiers = { Flatten } };

    /// <summary>Options with nothing else changed: for JSON written with the defaults before the sections were one type.</summary>
    public static JsonSerializerOptions Plain { get; } = new() { TypeInfoResolver = Resolver };

    /// <summary>A contract modifier: replaces each <see cref="StarSections"/> property by one string property per section, in its place.</summary>
    public static void Flatten(JsonTypeInfo type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = 0; i < type.Properties.Count; i++)
        {
            var holder = type.Properties[i];
            if (holder.PropertyType != typeof(StarSections))
            {
                continue;
            }

            type.Properties.RemoveAt(i);
            foreach (var section in StarSections.All)
            {
                type.Properties.Insert(i++, SectionProperty(type, holder, section));
            }

            i--;
        }
    }

    private static JsonPropertyInfo SectionProperty(JsonTypeInfo type, JsonPropertyInfo holder, StorySection section)
    {
        var name = section.ToString();
        var property = type.CreateJsonPropertyInfo(typeof(string), type.Options.PropertyNamingPolicy?.ConvertName(name) ?? name);
        var get = holder.Get;
        var set = holder.Set;
        if (get is not null)
        {
            property.Get = owner => SectionsOf(get, owner).Get(section);
        }

        if (get is not null && set is not null)
        {
            // The holder is read back while the object is being filled: each field adds its section to what is there.
            property.Set = (owner, value) => set(owner, SectionsOf(get, owner).With(section, (string?)value ?? ""));
        }

        property.IsRequired = holder.IsRequired;
        property.IsGetNullable = false;
        property.IsSetNullable = false;
        return property;
    }

    private static StarSections SectionsOf(Func<object, object?> get, object owner) => get(owner) as StarSections ?? StarSections.Empty;
}
