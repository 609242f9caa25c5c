#include "kube/decodecontext.h"

namespace lcl::kube::detail {

void decodeJob(DecodeContext& ctx, sj::value& v, JobRecord& j)
{
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, j.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "completions")
                    j.completions = f.type() == sj::json_type::number ? int(toInt(f)) : -1;
                else if (k == "parallelism")
                    j.parallelism = int(toInt(f));
                else if (k == "suspend")
                    j.suspend = toBool(f);
                else if (k == "template")
                    decodeTemplateImages(ctx, f, j.images);
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "active")
                    j.active = int(toInt(f));
                else if (k == "succeeded")
                    j.succeeded = int(toInt(f));
                else if (k == "failed")
                    j.failed = int(toInt(f));
                else if (k == "startTime")
                    j.startTime = toTime(f);
                else if (k == "completionTime")
                    j.completionTime = toTime(f);
                else if (k == "conditions")
                    j.conditions = decodeConditions(ctx, f);
            });
        }
    });
}

void decodeCronJob(DecodeContext& ctx, sj::value& v, CronJobRecord& c)
{
    forEachField(v, [&](std::string_view key, sj::value& part) {
        if (key == "metadata") {
            decodeMeta(ctx, part, c.meta);
        } else if (key == "spec") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "schedule")
                    c.schedule = ctx.string(f);
                else if (k == "timeZone")
                    c.timeZone = ctx.string(f);
                else if (k == "concurrencyPolicy")
                    c.concurrencyPolicy = ctx.interned(f);
                else if (k == "suspend")
                    c.suspend = toBool(f);
            });
        } else if (key == "status") {
            forEachField(part, [&](std::string_view k, sj::value& f) {
                if (k == "active")
                    forEachElement(f, [&](sj::value&) { ++c.active; });
                else if (k == "lastScheduleTime")
                    c.lastScheduleTime = toTime(f);
                else if (k == "lastSuccessfulTime")
                    c.lastSuccessfulTime = toTime(f);
            });
        }
    });
}

} // namespace lcl::kube::detail
