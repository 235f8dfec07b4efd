namespace StoryBank.Core.Export;

/// <summary>How small the compact cheat sheet's type is.</summary>
public enum SheetDensity
{
    /// <summary>Body text at 9 pt: readable at arm's length, the default.</summary>
    Regular,

    /// <summary>Body text at 7.5 pt: more stories on a page, for reading up close.</summary>
    Dense,
}
