import type { Metadata } from "next";
import { QueueRoute } from "@/components/review/queue-route";
import { RECOMMEND_FORM_ID, RecommendForm } from "@/components/review/recommend-form";
import { requirePermission } from "@/lib/auth/session";
import { recommendationTargetsFor } from "@/lib/review/recommendation-target";

export const metadata: Metadata = { title: "单位推荐上报" };

export default async function RecommendPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("recommendation.submit");
  const { tab } = await searchParams;
  const pending = !tab || tab === "pending";
  const targets = pending ? await recommendationTargetsFor(actor) : [];
  return (
    <QueueRoute
      queue="recommend"
      searchParams={searchParams}
      detailHref={(id) => `/title/review/verify/${id}`}
      intro="公示完成后，点击“推荐”，填写推荐信息，勾选通过公示的申报人员，上传《诚信承诺书》《公示情况说明》后点击“上报”。"
      before={pending ? <RecommendForm target={targets.join("、") || "单位所在行政区划的人社部门"} /> : null}
      selectable={pending ? { form: RECOMMEND_FORM_ID, name: "declarationIds" } : undefined}
    />
  );
}
