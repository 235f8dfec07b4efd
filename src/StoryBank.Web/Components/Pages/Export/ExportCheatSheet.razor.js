// Fetches a download and hands it to the browser under the server's file name, so the page can show
// "making your file" until it is ready. Returns null, or a message when the server refused.
export async function download(address) {
    const response = await fetch(address);
    if (!response.ok) {
        return `The export failed (${response.status}): ${(await response.text()).slice(0, 200)}`;
    }

    const disposition = response.headers.get("Content-Disposition") ?? "";
    const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
    const name = match ? decodeURIComponent(match[1]) : "storybank-export";
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    return null;
}
