"""The entries of pricing.json, each pointing at the facts row it comes from.

A row reference is (file, provider, item): file "P" is pricing_catalog.csv, "L" is
llm-and-ml-prices.csv; item is the row's item (or its first words), "~text" any item
containing text. `quote` is the part of the row (item, price or notes) that holds the
figure; it defaults to the row's price column.
"""

UNITS = {
    "hour": "per hour of running", "cluster_hour": "per cluster-hour", "vcpu_hour": "per vCPU-hour",
    "gb_hour": "per GB of memory-hour", "vcpu_second": "per vCPU-second", "gib_second": "per GiB-second",
    "gb_second": "per GB-second", "ghz_second": "per GHz-second", "gpu_hour": "per GPU-hour",
    "lcu_hour": "per load-balancer capacity unit-hour", "rule_hour": "per rule-hour",
    "1m_requests": "per million requests", "1k_requests": "per 1,000 requests",
    "10k_requests": "per 10,000 requests", "100k_documents": "per 100,000 documents",
    "1m_request_units": "per million request units", "100_rus_month": "per 100 RU/s provisioned for a month",
    "gb": "per GB", "gib": "per GiB", "tib": "per TiB", "mib": "per MiB",
    "gb_month": "per GB stored for a month", "gib_month": "per GiB stored for a month",
    "disk_month": "per disk per month", "iops_month": "per provisioned IOPS-month",
    "mbps_month": "per provisioned MB/s-month", "month": "per month", "vcpu_month": "per vCPU-month",
    "secret_month": "per secret per month", "version_month": "per active secret version per month",
    "key_month": "per key per month", "key_version_month": "per key version per month",
    "metric_month": "per metric per month", "alarm_month": "per alarm per month",
    "time_series_month": "per monitored time series per month", "unit_month": "per unit per month",
    "parallel_job_month": "per parallel job per month", "build_minute": "per build minute",
    "vcpu_minute": "per vCPU-minute", "gb_minute": "per GB-minute", "1m_tokens": "per million tokens",
    "1k_objects_month": "per 1,000 objects per month", "percent_off": "percent off the on-demand price",
}

# How a node kind's instance_type becomes a price key: "<prefix>:<instance_type>";
# {engine} is the node's engine property.
KIND_KEYS = {
    "compute.vm": "vm", "compute.gpu_vm": "vm", "compute.kubernetes": "vm", "compute.batch": "vm",
    "database.sql": "sql:{engine}", "database.warehouse": "warehouse", "database.cache": "cache",
    "ml.notebook": "ml_notebook", "ml.training": "ml_training", "ml.endpoint": "ml_endpoint",
    "devops.build": "build",
}

_out = []


def P(provider, key, unit, usd, row, quote=None, **extra):
    """A sourced price."""
    e = {"provider": provider, "key": key, "unit": unit, "usd": usd, "row": row}
    if quote is not None:
        e["quote"] = quote
    e.update(extra)
    _out.append(e)


def U(provider, key, unit, reason):
    """A price the facts do not give: listed so the model can say why it is unknown."""
    _out.append({"provider": provider, "key": key, "unit": unit, "unknown": reason})


def SUM(provider, key, unit, parts, row, quote, derivation, **extra):
    """A price the loader adds up from other entries (exactly, in fixed point)."""
    e = {"provider": provider, "key": key, "unit": unit, "row": row, "quote": quote,
         "composedOf": [{"key": k, "quantity": q} for k, q in parts], "derivation": derivation}
    e.update(extra)
    _out.append(e)


def _vms():
    aws = [("t3.medium", "0.0416"), ("m5.large", "0.096"), ("m5.xlarge", "0.192"), ("m5.2xlarge", "0.384"),
           ("m7i.large", "0.1008"), ("m7g.large", "0.0816"), ("c5.large", "0.085"), ("r5.large", "0.126"),
           ("g4dn.xlarge", "0.526"), ("g4dn.12xlarge", "3.912"), ("g5.xlarge", "1.006"), ("g6.xlarge", "0.8048"),
           ("p3.2xlarge", "3.06"), ("p3.16xlarge", "24.48"), ("p4d.24xlarge", "21.957642"),
           ("p4de.24xlarge", "27.44705"), ("p5.48xlarge", "55.04"), ("p5en.48xlarge", "63.296"),
           ("inf2.xlarge", "0.7582")]
    for t, usd in aws:
        P("aws", f"vm:{t}", "hour", usd, ("P", "AWS", t))
    gcp = [("e2-medium", "0.03350571"), ("e2-standard-2", "0.06701142"), ("e2-standard-4", "0.13402284"),
           ("e2-standard-8", "0.26804568"), ("n1-standard-4", "0.189999"), ("n1-standard-8", "0.379998"),
           ("n2-standard-4", "0.194236"), ("n2-standard-8", "0.388472"), ("g2-standard-4", "0.706832255"),
           ("a2-highgpu-1g", "3.673385"), ("a2-ultragpu-1g", "5.06879789"), ("a2-highgpu-8g", "29.38708"),
           ("a3-highgpu-1g", "11.06124999"), ("a3-highgpu-8g", "88.48999990")]
    for t, usd in gcp:
        P("gcp", f"vm:{t}", "hour", usd, ("P", "GCP", t))
    P("gcp", "gpu:nvidia-tesla-t4", "gpu_hour", "0.35", ("P", "GCP", "NVIDIA T4 GPU"))
    P("gcp", "gpu:nvidia-tesla-t4:spot", "gpu_hour", "0.14", ("P", "GCP", "NVIDIA T4 GPU"), "spot $0.14")
    P("gcp", "gpu:nvidia-tesla-v100", "gpu_hour", "2.48", ("P", "GCP", "NVIDIA V100 16GB GPU"))
    P("gcp", "gpu:nvidia-tesla-v100:spot", "gpu_hour", "0.8231", ("P", "GCP", "NVIDIA V100 16GB GPU"), "spot $0.8231")
    P("gcp", "gpu:nvidia-tesla-a100", "gpu_hour", "2.933908", ("P", "GCP", "NVIDIA A100 40GB GPU component"))
    azure = [("Standard_B1s", "0.0104"), ("Standard_D2s_v5", "0.096"), ("Standard_D4s_v5", "0.192"),
             ("Standard_D48s_v5", "2.304"), ("Standard_D4as_v5", "0.172"), ("Standard_D96_v5", "4.608"),
             ("Standard_F2", "0.099"), ("Standard_NC8as_T4_v3", "0.752"), ("Standard_NC6s_v3", "3.06"),
             ("Standard_NC96ads_A100_v4", "14.692"), ("Standard_ND96amsr_A100_v4", "32.77"),
             ("Standard_ND96asr_v4", "27.197"), ("Standard_NC80adis_H100_v5", "13.96"),
             ("Standard_ND96isr_H100_v5", "98.32")]
    for t, usd in azure:
        P("azure", f"vm:{t}", "hour", usd, ("P", "Azure", t))
    P("azure", "vm:Standard_NC4as_T4_v3", "hour", "0.526", ("P", "Azure", "Standard_NC8as_T4_v3"),
      "commonly listed at $0.526 — ESTIMATE", confidence="E", item="Standard_NC4as_T4_v3 (1x T4, 4 vCPU)")
    P("azure", "vm:Standard_NC24ads_A100_v4", "hour", "3.673", ("P", "Azure", "Standard_NC96ads_A100_v4"),
      "NC24ads_A100_v4 (1x A100) = 14.692/4 = $3.673 (derived, C)", confidence="C",
      item="Standard_NC24ads_A100_v4 (1x A100 80GB)")
    P("azure", "vm:Standard_NC40ads_H100_v5", "hour", "6.98", ("P", "Azure", "Standard_NC80adis_H100_v5"),
      "NC40ads_H100_v5 (1x H100) = $6.98 (derived, C)", confidence="C", item="Standard_NC40ads_H100_v5 (1x H100 NVL)")
    P("azure", "vm:Standard_D4ds_v5", "hour", "0.226", ("P", "Azure", "Standard_D4s_v5"), "D4ds_v5 $0.226 (skypilot eastus)",
      item="Standard_D4ds_v5")
    P("azure", "vm:Standard_D48s_v5:spot", "hour", "0.25344", ("P", "Azure", "Standard_D48s_v5"), "spot $0.25344")
    P("azure", "vm:Standard_D4as_v5:spot", "hour", "0.01892", ("P", "Azure", "Standard_D4as_v5"), "spot $0.01892")


def _discounts():
    d = "percent_off"
    P("aws", "discount:vm:*:reserved_1y", d, "37.3", ("P", "AWS", "EC2 Standard RI 1y"),
      note="EC2 Standard Reserved Instance, no upfront, measured on t3.medium; a documented ratio for all EC2 types")
    P("aws", "discount:vm:*:reserved_3y", d, "56.7", ("P", "AWS", "EC2 Standard RI 3y"),
      note="EC2 Standard Reserved Instance, no upfront, measured on t3.medium; a documented ratio for all EC2 types")
    P("aws", "discount:vm:*:spot", d, "57", ("P", "AWS", "Spot t3.medium"),
      note="a point-in-time spot price (2024-08) measured on t3.medium; spot floats")
    P("aws", "discount:sql:*:reserved_1y", d, "29.6", ("P", "AWS", "RDS RI 1y"), note="measured on MySQL db.t3.large")
    P("aws", "discount:function:*:savings_plan_max", d, "17", ("P", "AWS", "Compute Savings Plan on Lambda"),
      note="the most a Compute Savings Plan saves on Lambda")
    for fam, item, cud1, cud3, spot in (("e2", "E2 (", "37.0", "55.0", "40.0"), ("n2", "N2 (", "37.0", "55.0", "52.6"),
                                        ("n1", "N1 (", "37.0", "55.0", "64.7"), ("g2", "G2 (", "37.0", "55.0", "43.8"),
                                        ("a2", "A2 (", "37.0", "65.0", "47.5"), ("a3", "A3 (", "30.6", "56.1", "42.8")):
        row = ("P", "GCP", "~" + item)
        note = "committed-use discount, from the family's monthly 1y/3y prices against hourly x 730"
        P("gcp", f"discount:vm:{fam}:reserved_1y", d, cud1, row, note=note)
        P("gcp", f"discount:vm:{fam}:reserved_3y", d, cud3, row, note=note)
        P("gcp", f"discount:vm:{fam}:spot", d, spot, row, note="published spot rate against on-demand")
    P("gcp", "discount:gpu:nvidia-tesla-t4:spot", d, "60.0", ("P", "GCP", "Spot T4 / V100 GPU"))
    P("gcp", "discount:gpu:nvidia-tesla-v100:spot", d, "66.8", ("P", "GCP", "Spot T4 / V100 GPU"))
    sud = ("P", "GCP", "Sustained-use discount")
    for fam, pct, quote in (("n1", "30", "N1 30"), ("n2", "20", "N2 20"), ("e2", "0", "E2/A2/A3 0"),
                            ("a2", "0", "E2/A2/A3 0"), ("a3", "0", "E2/A2/A3 0")):
        P("gcp", f"discount:vm:{fam}:sustained_use", d, pct, sud, quote,
          note="automatic, for a VM running the full month")
    P("azure", "discount:vm:dsv5:spot", d, "89", ("P", "Azure", "Spot Dsv5/Dasv5"), note="measured on D48s_v5; volatile")
    P("azure", "discount:vm:dasv5:spot", d, "89", ("P", "Azure", "Spot Dsv5/Dasv5"), note="measured on D48s_v5; volatile")
    ri_d2 = ("L", "Azure", "Reserved VM 1y / 3y, Standard_D2s_v5 Linux")
    ri_d4 = ("L", "Azure", "Reserved VM 1y / 3y, Standard_D4ds_v5 Linux")
    P("azure", "discount:vm:dsv5:reserved_1y", d, "38.3", ri_d2, note="measured on D2s_v5")
    P("azure", "discount:vm:dsv5:reserved_3y", d, "60.5", ri_d2, note="measured on D2s_v5")
    P("azure", "discount:vm:dsv5:savings_plan_1y", d, "31.4", ri_d2, "Savings Plan 1y $0.0658368/h (31.4% off)")
    P("azure", "discount:vm:dsv5:savings_plan_3y", d, "54.0", ri_d2, "3y $0.0441792/h (54.0%)")
    P("azure", "discount:vm:ddsv5:reserved_1y", d, "41.0", ri_d4, note="measured on D4ds_v5")
    P("azure", "discount:vm:ddsv5:reserved_3y", d, "62.0", ri_d4, note="measured on D4ds_v5")
    P("azure", "discount:vm:ddsv5:savings_plan_1y", d, "31.6", ri_d4, "SP 1y $0.154471/h (31.6%)")
    P("azure", "discount:vm:ddsv5:savings_plan_3y", d, "54.3", ri_d4, "3y $0.1032142/h (54.3%)")
    est = ("P", "Azure", "Reserved VM 1y / 3y (Dsv5 family)")
    P("azure", "discount:vm:*:reserved_1y", d, "40", est, "~40 / ~60", note="ESTIMATE for families without a sourced rate")
    P("azure", "discount:vm:*:reserved_3y", d, "60", est, "~40 / ~60", note="ESTIMATE for families without a sourced rate")


from pricing_entries_services import services  # noqa: E402
from pricing_entries_kinds import new_kinds  # noqa: E402


def entries():
    _out.clear()
    _vms()
    _discounts()
    services(P, U, SUM)
    new_kinds(P, U)
    return list(_out)
