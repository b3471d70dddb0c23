import { describe, expect, it } from "vitest";
import { listQueue } from "@/lib/review/list-queue";
import { recommended, reviewWorld, submittedBy } from "./review-fixtures";

// The list frame of the reviewer queues: 姓名或身份证号, paging and the count (scope is tested in review-unit / review-bureau).

const page1 = { page: 1 };

describe("审核队列的筛选与分页", () => {
  it("姓名或身份证号 finds a part of the name or the start of the ID number, with the count to match", async () => {
    const w = await reviewWorld();
    const a = await submittedBy(w, "欧阳明远");
    const b = await submittedBy(w, "司马青");
    const byName = await listQueue({ actor: w.handler, key: "verify", filter: { ...page1, q: "明远" } });
    expect(byName.rows.map((r) => r.id)).toEqual([a.id]);
    expect(byName.total).toBe(1);
    expect(byName.rows[0]).toMatchObject({ applicantName: "欧阳明远", unitName: w.unit.name, status: "SUBMITTED" });
    expect(byName.rows[0].idNumberMasked).not.toBe(a.user.idNumber);

    const byId = await listQueue({ actor: w.handler, key: "verify", filter: { ...page1, q: b.user.idNumber.slice(0, 14).toLowerCase() } });
    expect(byId.rows.map((r) => r.id)).toContain(b.id);
    expect(byId.total).toBe(byId.rows.length);
    // LIKE's wildcards are plain characters here.
    expect((await listQueue({ actor: w.handler, key: "verify", filter: { ...page1, q: "%" } })).total).toBe(0);
  });

  it("pages in 申报 order without repeating a row, the count over all pages", async () => {
    const w = await reviewWorld();
    const ids = [];
    for (const name of ["甲一", "乙二", "丙三"]) ids.push((await submittedBy(w, name)).id);
    const first = await listQueue({ actor: w.handler, key: "verify", filter: page1, pageSize: 2 });
    const second = await listQueue({ actor: w.handler, key: "verify", filter: { page: 2 }, pageSize: 2 });
    expect([first.total, second.total]).toEqual([3, 3]);
    expect(first.rows).toHaveLength(2);
    expect([...first.rows, ...second.rows].map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it("the bureau's 资格性审查 filters by name within what it holds", async () => {
    const w = await reviewWorld({ underDept: false });
    const a = await recommended(w, "诸葛云");
    await recommended(w, "上官雪");
    const list = await listQueue({ actor: w.bureau, key: "qualification", filter: { ...page1, q: "诸葛" } });
    expect(list.rows.map((r) => r.id)).toEqual([a.id]);
    expect(list.total).toBe(1);
  });
});
