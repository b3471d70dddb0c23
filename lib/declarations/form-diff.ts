import { ATTACHMENT_SECTIONS, FIELD_LABELS, LEVEL_LABELS, ROUND_LABEL, type AttachmentSection, type DeclarationForm } from "./schemas";

// 变更内容: what an applicant changed between two frozen versions of the declaration form, in the form's own words,
// so a reviewer who returned it for 补充材料 sees exactly what came back different.

export type FormChange = {
  /** Chinese section label, e.g. 教育情况. */
  section: string;
  /** Chinese field label, e.g. 毕业院校, or the row of a list section, e.g. 第2条（贵州大学）. */
  field: string;
  before: string;
  after: string;
};

export const SECTION_LABELS: Record<keyof DeclarationForm, string> = {
  photoFileId: "头像",
  roundId: ATTACHMENT_SECTIONS.professional,
  ...ATTACHMENT_SECTIONS,
  attachments: "附件",
  commitment: "诚信承诺书",
};

/** The form's labels, checked here against the form's shape. */
const FIELDS = FIELD_LABELS satisfies { [K in ObjectSection]: Record<keyof DeclarationForm[K], string> } & { [K in ListSection]: Record<keyof Row<K>, string> };

type ObjectSection = "basic" | "professional" | "exam";
type ListSection = "education" | "study" | "work" | "achievements" | "results";
type Row<K extends ListSection> = DeclarationForm[K][number];
type AnyRow = Record<string, string>;

/** The column that names a row, shown with its number so a reviewer can find it. */
const ROW_NAME: { [K in ListSection]: keyof Row<K> } = {
  education: "school",
  study: "institution",
  work: "employer",
  achievements: "project",
  results: "title",
};

export const ADDED = "（新增）";
export const REMOVED = "（已删除）";
const EMPTY = "（空）";

export type DiffOptions = {
  /** Names a 申报批次 by its id; without it the id itself is shown. */
  roundName?: (roundId: string) => string;
};

export function diffForms(before: DeclarationForm, after: DeclarationForm, options: DiffOptions = {}): FormChange[] {
  const changes: FormChange[] = [];
  if (before.photoFileId !== after.photoFileId) {
    changes.push({ section: SECTION_LABELS.photoFileId, field: "头像", before: "原头像", after: "已更换为新头像" });
  }
  for (const section of ["basic", "professional", "exam"] as const) {
    if (section === "professional" && before.roundId !== after.roundId) {
      const name = options.roundName ?? ((id: string) => id);
      changes.push({ section: SECTION_LABELS.roundId, field: ROUND_LABEL, before: name(before.roundId), after: name(after.roundId) });
    }
    changes.push(...diffObject(section, before[section], after[section]));
    changes.push(...diffAttachments(section, before, after));
  }
  for (const section of ["education", "study", "work", "achievements", "results"] as const) {
    changes.push(...diffRows(section, before[section], after[section]));
    changes.push(...diffAttachments(section, before, after));
  }
  if (before.commitment !== after.commitment) {
    changes.push({ section: SECTION_LABELS.commitment, field: "承诺内容", before: before.commitment, after: after.commitment });
  }
  return changes;
}

function shown(section: ObjectSection | ListSection, key: string, value: string) {
  if (section === "professional" && key === "level") return LEVEL_LABELS[value as keyof typeof LEVEL_LABELS] ?? value;
  if (key === "end" && value === "") return "至今";
  return value === "" ? EMPTY : value;
}

function diffObject<K extends ObjectSection>(section: K, before: DeclarationForm[K], after: DeclarationForm[K]): FormChange[] {
  const labels: Record<string, string> = FIELDS[section];
  const b = before as AnyRow;
  const a = after as AnyRow;
  return Object.keys(labels)
    .filter((key) => b[key] !== a[key])
    .map((key) => ({ section: SECTION_LABELS[section], field: labels[key], before: shown(section, key, b[key]), after: shown(section, key, a[key]) }));
}

/** 2008-09至2012-07 (至今 when the end is open). */
function period(row: AnyRow) {
  return `${row.start}至${row.end || "今"}`;
}

function describeRow(section: ListSection, row: AnyRow) {
  const labels: Record<string, string> = FIELDS[section];
  const parts = Object.keys(labels)
    .filter((key) => key !== "start" && key !== "end" && row[key] !== "")
    .map((key) => `${labels[key]}：${row[key]}`);
  return ("start" in row ? [period(row), ...parts] : parts).join("；");
}

function rowField(section: ListSection, index: number, row: AnyRow) {
  const name = row[ROW_NAME[section] as string];
  return name ? `第${index + 1}条（${name}）` : `第${index + 1}条`;
}

function sameRow(a: AnyRow, b: AnyRow, keys: string[]) {
  return keys.every((key) => a[key] === b[key]);
}

/**
 * Rows have no identity, so they are lined up as a text diff lines up lines: the longest run of unchanged rows
 * is kept, and between two kept rows a removed row and an added row that still share half their fields are one
 * edited row (less in common reads better as a deletion and an addition).
 * A row that only moved is reported as moved.
 */
function diffRows<K extends ListSection>(section: K, beforeRows: Row<K>[], afterRows: Row<K>[]): FormChange[] {
  const labels: Record<string, string> = FIELDS[section];
  const keys = Object.keys(labels);
  const b = beforeRows as AnyRow[];
  const a = afterRows as AnyRow[];
  const label = SECTION_LABELS[section];
  const changes: FormChange[] = [];

  const kept = longestCommonRows(b, a, keys);
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  for (const [ki, kj] of [...kept, [b.length, a.length]]) {
    const gapRemoved = range(i, ki);
    const gapAdded = range(j, kj);
    for (const aj of [...gapAdded]) {
      const best = gapRemoved
        .map((bi) => ({ bi, shared: keys.filter((key) => b[bi][key] === a[aj][key] && a[aj][key] !== "").length }))
        .filter((c) => c.shared * 2 >= keys.length)
        .sort((x, y) => y.shared - x.shared)[0];
      if (!best) continue;
      gapRemoved.splice(gapRemoved.indexOf(best.bi), 1);
      gapAdded.splice(gapAdded.indexOf(aj), 1);
      const differing = keys.filter((key) => b[best.bi][key] !== a[aj][key]);
      changes.push({
        section: label,
        field: rowField(section, aj, a[aj]),
        before: differing.map((key) => `${labels[key]}：${shown(section, key, b[best.bi][key])}`).join("；"),
        after: differing.map((key) => `${labels[key]}：${shown(section, key, a[aj][key])}`).join("；"),
      });
    }
    removed.push(...gapRemoved);
    added.push(...gapAdded);
    i = ki + 1;
    j = kj + 1;
  }

  for (const aj of added) {
    const moved = removed.findIndex((bi) => sameRow(b[bi], a[aj], keys));
    if (moved >= 0) {
      const [bi] = removed.splice(moved, 1);
      changes.push({ section: label, field: rowField(section, aj, a[aj]), before: `原第${bi + 1}条`, after: `调整为第${aj + 1}条` });
    } else {
      changes.push({ section: label, field: rowField(section, aj, a[aj]), before: ADDED, after: describeRow(section, a[aj]) });
    }
  }
  for (const bi of removed) {
    changes.push({ section: label, field: `原${rowField(section, bi, b[bi])}`, before: describeRow(section, b[bi]), after: REMOVED });
  }
  return changes;
}

function range(from: number, to: number) {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Index pairs of the longest common subsequence of equal rows. */
function longestCommonRows(b: AnyRow[], a: AnyRow[], keys: string[]): [number, number][] {
  const length = Array.from({ length: b.length + 1 }, () => new Array<number>(a.length + 1).fill(0));
  for (let x = b.length - 1; x >= 0; x--) {
    for (let y = a.length - 1; y >= 0; y--) {
      length[x][y] = sameRow(b[x], a[y], keys) ? length[x + 1][y + 1] + 1 : Math.max(length[x + 1][y], length[x][y + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let x = 0, y = 0; x < b.length && y < a.length; ) {
    if (sameRow(b[x], a[y], keys)) pairs.push([x++, y++]);
    else if (length[x + 1][y] >= length[x][y + 1]) x++;
    else y++;
  }
  return pairs;
}

function diffAttachments(section: AttachmentSection, before: DeclarationForm, after: DeclarationForm): FormChange[] {
  const b = before.attachments[section] ?? [];
  const a = after.attachments[section] ?? [];
  const beforeIds = new Set(b.map((f) => f.fileId));
  const afterIds = new Set(a.map((f) => f.fileId));
  const gone = b.filter((f) => !afterIds.has(f.fileId));
  const came = a.filter((f) => !beforeIds.has(f.fileId));
  const label = ATTACHMENT_SECTIONS[section];
  const changes: FormChange[] = [];
  for (const file of came) {
    // The same name uploaded again is a replacement, not a new document.
    const replaced = gone.findIndex((g) => g.name === file.name);
    if (replaced >= 0) {
      gone.splice(replaced, 1);
      changes.push({ section: label, field: "附件", before: file.name, after: `${file.name}（重新上传）` });
    } else {
      changes.push({ section: label, field: "附件", before: ADDED, after: file.name });
    }
  }
  for (const file of gone) changes.push({ section: label, field: "附件", before: file.name, after: REMOVED });
  return changes;
}
