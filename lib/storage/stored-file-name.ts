// The name kept for an uploaded file: what a browser sent may carry a client path ("C:\\Users\\…\\a.pdf",
// "../../x") and control characters. Only the last path segment is kept, without control or bidi-override
// characters, at most 200 characters from its end (where the extension is).

const UNSAFE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

export function storedFileName(sent: string) {
  const base = sent.split(/[/\\]/).pop() ?? "";
  const clean = base.replace(UNSAFE, "").trim().slice(-200);
  return clean === "" || clean === "." || clean === ".." ? "未命名文件" : clean;
}
