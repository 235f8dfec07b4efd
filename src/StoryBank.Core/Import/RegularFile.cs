using System.Runtime.InteropServices;
using System.Text;

namespace StoryBank.Core.Import;

/// <summary>
/// Says whether a path is a regular file before anything opens it: opening a named pipe waits for a writer forever, and
/// a device such as <c>/dev/zero</c> never ends. .NET does not tell these apart from files, so on Linux this asks the
/// kernel (<c>statx</c>, whose layout is the same on every architecture); elsewhere only folders are recognised.
/// </summary>
internal static class RegularFile
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint TypeOnly = 0x1; // STATX_TYPE

    /// <summary>Null for a regular file (or a link to one); else what the path is, for the message.</summary>
    public static string? WhatElse(string path)
    {
        if (Directory.Exists(path))
        {
            return "a folder";
        }

        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            if (Statx(CurrentFolder, Encoding.UTF8.GetBytes(path + "\0"), 0, TypeOnly, out var status) != 0)
            {
                return null;
            }

            return (status.Mode & 0xF000) switch
            {
                0x8000 => null,
                0x1000 => "a named pipe (FIFO)",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0xC000 => "a socket",
                _ => "not a regular file",
            };
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without statx: fall back to what .NET can tell; the bounded read still stops a device.
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, byte[] nulTerminatedPath, int flags, uint mask, out StatxBuffer buffer);

    /// <summary>The start of <c>struct statx</c>; the kernel fills 256 bytes.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatxBuffer
    {
        public uint Mask;
        public uint BlockSize;
        public ulong Attributes;
        public uint Links;
        public uint UserId;
        public uint GroupId;
        public ushort Mode;
    }
}
