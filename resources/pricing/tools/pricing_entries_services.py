"""Managed services: containers, functions, storage, databases, network, ML, LLM tokens,
observability, security, registry, build and queues. See pricing_entries.py for P/U/SUM."""

NOT_IN_FACTS = "not in the pricing facts (shared/facts/pricing.md); add a sourced row to price it"


def services(P, U, SUM):
    _containers(P, U)
    _storage(P, U)
    _databases(P, U, SUM)
    _network(P, U)
    _ml(P, U, SUM)
    _llm(P)
    _operations(P, U)


def _containers(P, U):
    P("aws", "kubernetes:control_plane", "cluster_hour", "0.10", ("P", "AWS", "EKS cluster"), item="EKS cluster, standard support")
    P("aws", "kubernetes:control_plane_extended_support", "cluster_hour", "0.60", ("P", "AWS", "EKS cluster"),
      "extended support $0.60/h")
    P("gcp", "kubernetes:control_plane", "cluster_hour", "0.10", ("P", "GCP", "GKE cluster management fee"))
    P("gcp", "kubernetes:autopilot_vcpu", "vcpu_hour", "0.0445", ("P", "GCP", "GKE Autopilot vCPU / memory"))
    P("gcp", "kubernetes:autopilot_memory", "gb_hour", "0.00492", ("P", "GCP", "GKE Autopilot vCPU / memory"))
    aks = ("P", "Azure", "AKS control plane")
    P("azure", "kubernetes:control_plane", "cluster_hour", "0.10", aks, item="AKS control plane, Standard tier (Uptime SLA)")
    P("azure", "kubernetes:control_plane_free_tier", "cluster_hour", "0", aks, item="AKS control plane, Free tier")

    P("aws", "container:vcpu", "vcpu_hour", "0.04048", ("P", "AWS", "Fargate vCPU"))
    P("aws", "container:memory", "gb_hour", "0.004445", ("P", "AWS", "Fargate memory"))
    run = ("P", "GCP", "Cloud Run (request-based billing)")
    P("gcp", "container:vcpu", "vcpu_second", "0.000024", run, item="Cloud Run CPU, request-based billing")
    P("gcp", "container:memory", "gib_second", "0.0000025", run, item="Cloud Run memory, request-based billing")
    P("gcp", "container:requests", "1m_requests", "0.40", run, item="Cloud Run requests")
    P("gcp", "container:vcpu_instance_based", "vcpu_second", "0.000018", run,
      "instance-based (CPU always allocated) $0.000018/vCPU-s", item="Cloud Run CPU, instance-based billing")
    for k, unit in (("container:vcpu", "vcpu_second"), ("container:memory", "gib_second")):
        U("azure", k, unit, "Azure Container Apps is " + NOT_IN_FACTS)

    lam = ("P", "AWS", "Lambda duration x86")
    P("aws", "function:requests", "1m_requests", "0.20", ("P", "AWS", "Lambda requests"))
    P("aws", "function:duration", "gb_second", "0.0000166667", lam, tier={"from": "0", "to": "6000000000", "unit": "gb_second"})
    P("aws", "function:duration:tier2", "gb_second", "0.000015", lam, "next 9B $0.000015",
      tier={"from": "6000000000", "to": "15000000000", "unit": "gb_second"})
    P("aws", "function:duration:tier3", "gb_second", "0.0000133334", lam, "over 15B $0.0000133334",
      tier={"from": "15000000000", "to": None, "unit": "gb_second"})
    P("aws", "function:duration_arm64", "gb_second", "0.0000133334", ("P", "AWS", "Lambda duration arm64"))
    gcf = ("P", "GCP", "Cloud Functions memory / CPU")
    P("gcp", "function:requests", "1m_requests", "0.40", ("P", "GCP", "Cloud Functions (1st gen) invocations"))
    P("gcp", "function:duration", "gb_second", "0.0000025", gcf, item="Cloud Functions (1st gen) memory")
    P("gcp", "function:cpu", "ghz_second", "0.00001", gcf, item="Cloud Functions (1st gen) CPU")
    azf = ("P", "Azure", "Functions Consumption")
    P("azure", "function:requests", "1m_requests", "0.20", azf, item="Functions Consumption executions")
    P("azure", "function:duration", "gb_second", "0.000016", azf, item="Functions Consumption execution time")
    ep1 = ("P", "Azure", "Functions Premium EP1")
    P("azure", "function:premium_ep1", "month", "157.72", ep1)
    P("azure", "function:premium_vcpu", "vcpu_month", "126.29", ep1, "$126.29 per vCPU-month")
    P("azure", "function:premium_memory", "gb_month", "8.98", ep1, "$8.98 per GB-month")


def _storage(P, U):
    s3 = lambda item: ("P", "AWS", item)  # noqa: E731
    P("aws", "object:standard", "gb_month", "0.023", s3("S3 Standard (first 50 TB)"))
    P("aws", "object:infrequent", "gb_month", "0.0125", s3("S3 Standard-IA"))
    P("aws", "object:one_zone_infrequent", "gb_month", "0.01", s3("S3 One Zone-IA"))
    P("aws", "object:archive", "gb_month", "0.0036", s3("S3 Glacier Flexible Retrieval"))
    P("aws", "object:deep_archive", "gb_month", "0.00099", s3("S3 Glacier Deep Archive"))
    P("aws", "object:glacier_instant", "gb_month", "0.004", s3("S3 Glacier Instant Retrieval"))
    it = s3("S3 Intelligent-Tiering")
    for tier, usd in (("frequent", "0.023"), ("infrequent", "0.0125"), ("archive", "0.0036"), ("deep", "0.00099")):
        P("aws", f"object:intelligent_tiering_{tier}", "gb_month", usd, it, item=f"S3 Intelligent-Tiering, {tier} tier")
    P("aws", "object:intelligent_tiering_monitoring", "1k_objects_month", "0.0025", it, "+ $0.0025 per 1k objects monitoring")
    P("aws", "object:standard:write_requests", "1k_requests", "0.005", s3("S3 Standard PUT/COPY/POST/LIST"))
    P("aws", "object:standard:read_requests", "1k_requests", "0.0004", s3("S3 Standard GET/SELECT/other"))
    P("aws", "object:infrequent:write_requests", "1k_requests", "0.01", s3("S3 Standard-IA"), "PUT $0.01/1k")
    P("aws", "object:infrequent:read_requests", "1k_requests", "0.001", s3("S3 Standard-IA"), "GET $0.001/1k")
    P("aws", "object:infrequent:retrieval", "gb", "0.01", s3("S3 Standard-IA"), "retrieval $0.01/GB")
    P("aws", "object:archive:write_requests", "1k_requests", "0.03", s3("S3 Glacier Flexible Retrieval"), "PUT $0.03/1k")
    P("aws", "object:archive:retrieval", "gb", "0.01", s3("S3 Glacier Flexible Retrieval"), "standard retrieval $0.01/GB")
    P("aws", "object:deep_archive:write_requests", "1k_requests", "0.05", s3("S3 Glacier Deep Archive"), "PUT $0.05/1k")
    P("aws", "object:deep_archive:retrieval", "gb", "0.02", s3("S3 Glacier Deep Archive"), "standard retrieval $0.02/GB")
    P("aws", "object:glacier_instant:retrieval", "gb", "0.03", s3("S3 Glacier Instant Retrieval"), "retrieval $0.03/GB")

    P("gcp", "object:standard", "gib_month", "0.02", ("P", "GCP", "GCS Standard (regional)"))
    P("gcp", "object:infrequent", "gib_month", "0.01", ("P", "GCP", "GCS Nearline"))
    P("gcp", "object:archive", "gib_month", "0.004", ("P", "GCP", "GCS Coldline"))
    P("gcp", "object:deep_archive", "gib_month", "0.0012", ("P", "GCP", "GCS Archive"))
    P("gcp", "object:standard_multi_region", "gib_month", "0.026", ("P", "GCP", "GCS Standard multi-region"))
    P("gcp", "object:standard:write_requests", "1k_requests", "0.005", ("P", "GCP", "~GCS Class A ops"))
    P("gcp", "object:standard:read_requests", "1k_requests", "0.0004", ("P", "GCP", "~GCS Class B ops"))
    P("gcp", "object:infrequent:retrieval", "gib", "0.01", ("P", "GCP", "GCS Nearline"), "retrieval $0.01/GB")
    P("gcp", "object:archive:retrieval", "gib", "0.02", ("P", "GCP", "GCS Coldline"), "retrieval $0.02/GB")
    P("gcp", "object:deep_archive:retrieval", "gib", "0.05", ("P", "GCP", "GCS Archive"), "retrieval $0.05/GB")
    for cls in ("infrequent", "archive", "deep_archive"):
        for op in ("write_requests", "read_requests"):
            U("gcp", f"object:{cls}:{op}", "1k_requests",
              "operations on Nearline, Coldline and Archive cost more than Standard's and are " + NOT_IN_FACTS)

    blob = ("P", "Azure", "Blob Cool / Cold / Archive LRS")
    ops = ("P", "Azure", "Blob ops Hot: read / write")
    P("azure", "object:standard", "gb_month", "0.0184", ("P", "Azure", "Blob Hot LRS (first 50 TB)"))
    P("azure", "object:infrequent", "gb_month", "0.01", blob, item="Blob Cool LRS")
    P("azure", "object:archive", "gb_month", "0.0036", blob, item="Blob Cold LRS")
    P("azure", "object:deep_archive", "gb_month", "0.002", blob, item="Blob Archive LRS")
    P("azure", "object:standard:read_requests", "10k_requests", "0.004", ops, item="Blob Hot read operations")
    P("azure", "object:standard:write_requests", "10k_requests", "0.05", ops, item="Blob Hot write operations")
    P("azure", "object:infrequent:read_requests", "10k_requests", "0.01", ops, "Cool 0.01/0.10", item="Blob Cool read operations")
    P("azure", "object:infrequent:write_requests", "10k_requests", "0.10", ops, "Cool 0.01/0.10", item="Blob Cool write operations")
    P("azure", "object:archive:read_requests", "10k_requests", "0.10", ops, "Cold 0.10/0.18", item="Blob Cold read operations")
    P("azure", "object:archive:write_requests", "10k_requests", "0.18", ops, "Cold 0.10/0.18", item="Blob Cold write operations")
    P("azure", "object:deep_archive:read_requests", "10k_requests", "5.00", ops, "Archive read $5.00",
      item="Blob Archive read operations (plus rehydration)")

    for t, usd in (("gp3", "0.08"), ("gp2", "0.10"), ("st1", "0.045"), ("sc1", "0.015"), ("snapshot", "0.05")):
        P("aws", f"block:{t}", "gb_month", usd, ("P", "AWS", "EBS " + t))
    for t in ("io1", "io2"):
        P("aws", f"block:{t}", "gb_month", "0.125", ("P", "AWS", "EBS io1 / io2"), item=f"EBS {t}")
    P("aws", "block:gp3_iops", "iops_month", "0.005", ("P", "AWS", "EBS gp3"), "+ $0.005/provisioned IOPS-mo above 3,000")
    P("aws", "block:gp3_throughput", "mbps_month", "0.04", ("P", "AWS", "EBS gp3"), "+ $0.04/MBps-mo above 125")
    P("aws", "block:io_iops", "iops_month", "0.065", ("P", "AWS", "EBS io1 / io2"), "+ $0.065 per provisioned IOPS-month")
    for t, usd in (("pd-balanced", "0.10"), ("pd-ssd", "0.17"), ("pd-standard", "0.04"), ("pd-extreme", "0.125"),
                   ("snapshot", "0.05")):
        P("gcp", f"block:{t}", "gib_month", usd, ("P", "GCP", t))
    P("gcp", "block:local-ssd", "gib_month", "0.08", ("P", "GCP", "Local SSD"))
    for key, item, usd in (("premium_ssd_p10", "Premium SSD P10", "19.71"), ("premium_ssd_p4", "Premium SSD P4", "5.28"),
                           ("standard_hdd_s4", "Standard HDD S4", "1.54"), ("standard_hdd_s10", "Standard HDD S10", "5.89"),
                           ("standard_ssd_e4", "Standard SSD E4", "2.40"), ("standard_ssd_e30", "Standard SSD E30", "76.80")):
        P("azure", f"block:{key}", "disk_month", usd, ("P", "Azure", item))
    ultra = ("P", "Azure", "Ultra Disk capacity")
    P("azure", "block:ultra", "gib_month", "0.119722", ultra)
    P("azure", "block:ultra_iops", "iops_month", "0.04964", ultra, "IOPS $0.04964/IOPS-mo")
    P("azure", "block:ultra_throughput", "mbps_month", "0.3495", ultra, "throughput $0.3495/MBps-mo")

    for p, name in (("aws", "EFS"), ("gcp", "Filestore"), ("azure", "Azure Files")):
        U(p, "file:standard", "gb_month", f"{name} is " + NOT_IN_FACTS)


def _databases(P, U, SUM):
    t3m = ("P", "AWS", "RDS PostgreSQL db.t3.medium Single-AZ")
    t3l = ("P", "AWS", "RDS PostgreSQL db.t3.large Single-AZ")
    m5l = ("P", "AWS", "RDS PostgreSQL db.m5.large Single-AZ")
    P("aws", "sql:postgres:db.t3.medium", "hour", "0.072", t3m)
    P("aws", "sql:postgres:db.t3.medium:multi_az", "hour", "0.145", t3m, "Multi-AZ $0.145")
    P("aws", "sql:postgres:db.t3.large", "hour", "0.145", t3l)
    P("aws", "sql:mysql:db.t3.large", "hour", "0.136", t3l, "MySQL/MariaDB db.t3.large $0.136")
    P("aws", "sql:mariadb:db.t3.large", "hour", "0.136", t3l, "MySQL/MariaDB db.t3.large $0.136")
    P("aws", "sql:postgres:db.m5.large", "hour", "0.178", m5l)
    P("aws", "sql:postgres:db.m5.large:multi_az", "hour", "0.356", m5l, "Multi-AZ $0.356")
    P("aws", "sql:mysql:db.m5.large", "hour", "0.171", m5l, "MySQL db.m5.large $0.171 (golden)")
    for t in ("db.t3.micro", "db.m5.xlarge", "db.r5.large"):
        U("aws", f"sql:postgres:{t}", "hour", f"RDS PostgreSQL {t} is " + NOT_IN_FACTS)
    rds = ("P", "AWS", "RDS storage gp2 / backup beyond free")
    P("aws", "sql:storage", "gb_month", "0.115", rds, item="RDS storage gp2")
    P("aws", "sql:backup", "gb_month", "0.095", rds, item="RDS backup storage beyond the free allowance")

    vcpu = ("P", "GCP", "Cloud SQL (Enterprise) vCPU, zonal")
    P("gcp", "sql:vcpu", "vcpu_hour", "0.0413", vcpu)
    P("gcp", "sql:vcpu:regional", "vcpu_hour", "0.0826", vcpu, "regional/HA = 2x ($0.0826)")
    P("gcp", "sql:memory", "gb_hour", "0.0070", ("P", "GCP", "Cloud SQL memory, zonal"))
    st = ("P", "GCP", "Cloud SQL SSD storage zonal / backups")
    P("gcp", "sql:storage", "gb_month", "0.17", st, item="Cloud SQL SSD storage, zonal")
    P("gcp", "sql:storage:regional", "gb_month", "0.34", st, "regional SSD $0.34", item="Cloud SQL SSD storage, regional")
    P("gcp", "sql:backup", "gb_month", "0.08", st, item="Cloud SQL backups")
    # db-custom-<vCPUs>-<memory MB>: the name is the shape; Cloud SQL bills vCPU and memory.
    for engine in ("postgres", "mysql"):
        for cpus, mb, gb in ((1, 3840, "3.75"), (2, 8192, "8"), (4, 16384, "16"), (8, 32768, "32")):
            SUM("gcp", f"sql:{engine}:db-custom-{cpus}-{mb}", "hour", [("sql:vcpu", str(cpus)), ("sql:memory", gb)],
                vcpu, "Cloud SQL (Enterprise) vCPU",
                f"{cpus} vCPU x sql:vcpu + {gb} GB x sql:memory; the Cloud SQL rows name no engine, so they price"
                " PostgreSQL and MySQL alike (SQL Server adds a licence that is not in the facts)",
                confidence="C")  # arithmetic on A figures
        for t in ("db-f1-micro", "db-g1-small"):
            U("gcp", f"sql:{engine}:{t}", "hour", f"the shared-core Cloud SQL tier {t} is " + NOT_IN_FACTS)

    b1 = ("P", "Azure", "PostgreSQL Flexible B1ms")
    gp = ("P", "Azure", "PostgreSQL Flexible GP D2ds_v5 / D2ads_v5")
    P("azure", "sql:postgres:Standard_B1ms", "hour", "0.017", b1)
    for t in ("Standard_D2ds_v5", "Standard_D2ads_v5"):
        P("azure", f"sql:postgres:{t}", "hour", "0.203", gp, note="a westus price: the eastus General Purpose price is not in the facts")
    for t in ("Standard_B2s", "Standard_D4ds_v5", "Standard_E2ds_v5"):
        U("azure", f"sql:postgres:{t}", "hour", f"PostgreSQL Flexible {t} is " + NOT_IN_FACTS)
    fs = ("P", "Azure", "PostgreSQL Flexible storage")
    P("azure", "sql:storage", "gb_month", "0.115", fs)
    P("azure", "sql:backup", "gb_month", "0.095", fs, "backup beyond free $0.095/GB")

    P("aws", "nosql:writes", "1m_requests", "0.625", ("P", "AWS", "DynamoDB on-demand write request units"))
    P("aws", "nosql:reads", "1m_requests", "0.125", ("P", "AWS", "DynamoDB on-demand read request units"))
    ddb = ("P", "AWS", "DynamoDB storage / PITR / on-demand backup")
    P("aws", "nosql:storage", "gb_month", "0.25", ddb, item="DynamoDB storage")
    P("aws", "nosql:pitr", "gb_month", "0.20", ddb, item="DynamoDB point-in-time recovery")
    P("aws", "nosql:backup", "gb_month", "0.10", ddb, item="DynamoDB on-demand backup")
    fsr = ("P", "GCP", "~Firestore (Standard) reads / writes / deletes — single region")
    P("gcp", "nosql:reads", "100k_documents", "0.03", fsr, item="Firestore document reads, single region")
    P("gcp", "nosql:writes", "100k_documents", "0.09", fsr, item="Firestore document writes, single region")
    P("gcp", "nosql:deletes", "100k_documents", "0.01", fsr, item="Firestore document deletes, single region")
    P("gcp", "nosql:storage", "gib_month", "0.15", fsr, "storage $0.15/GiB-mo", item="Firestore storage, single region")
    P("azure", "nosql:provisioned_throughput", "100_rus_month", "5.84", ("P", "Azure", "Cosmos DB provisioned throughput"))
    P("azure", "nosql:serverless_request_units", "1m_request_units", "0.279", ("P", "Azure", "Cosmos DB serverless"))
    P("azure", "nosql:storage", "gb_month", "0.25", ("P", "Azure", "Cosmos DB transactional storage"))

    wh = {"aws": ["ra3.large", "ra3.xlplus", "ra3.4xlarge", "ra3.16xlarge", "dc2.large"],
          "azure": ["DW100c", "DW200c", "DW500c", "DW1000c"]}
    names = {"aws": "Redshift", "gcp": "BigQuery", "azure": "Synapse dedicated SQL pool"}
    for p, types in wh.items():
        for t in types:
            U(p, f"warehouse:{t}", "hour", f"{names[p]} {t} is " + NOT_IN_FACTS)
    U("gcp", "warehouse:on_demand_scanned", "tib", "BigQuery is " + NOT_IN_FACTS)
    cache = {"aws": ["cache.t3.micro", "cache.t3.medium", "cache.m5.large", "cache.r6g.large"],
             "gcp": ["redis-shared-core-nano", "redis-standard-small", "redis-highmem-medium", "redis-highmem-xlarge"],
             "azure": ["Basic C0", "Standard C0", "Standard C1", "Standard C2", "Premium P1"]}
    cnames = {"aws": "ElastiCache", "gcp": "Memorystore", "azure": "Azure Cache for Redis"}
    for p, types in cache.items():
        for t in types:
            U(p, f"cache:{t}", "hour", f"{cnames[p]} {t} is " + NOT_IN_FACTS)


def _network(P, U):
    alb = ("P", "AWS", "ALB")
    P("aws", "load_balancer:hour", "hour", "0.0225", alb, item="Application Load Balancer")
    P("aws", "load_balancer:capacity_unit", "lcu_hour", "0.008", alb, item="Application Load Balancer capacity unit")
    P("aws", "load_balancer:network:hour", "hour", "0.0225", alb, "NLB $0.0225/h + $0.006/NLCU-h", item="Network Load Balancer")
    P("aws", "load_balancer:network:capacity_unit", "lcu_hour", "0.006", alb, "NLB $0.0225/h + $0.006/NLCU-h",
      item="Network Load Balancer capacity unit")
    for k, unit in (("load_balancer:hour", "hour"), ("load_balancer:capacity_unit", "lcu_hour")):
        U("gcp", k, unit, "Cloud Load Balancing is " + NOT_IN_FACTS)
    azlb = ("P", "Azure", "Load Balancer Standard rule / data processed")
    P("azure", "load_balancer:rule", "rule_hour", "0.01", azlb, item="Load Balancer Standard rule")
    P("azure", "load_balancer:data", "gb", "0.005", azlb, item="Load Balancer Standard data processed")
    U("azure", "load_balancer:hour", "hour", "Azure Load Balancer bills per rule and per GB (see load_balancer:rule); "
      "an hourly gateway fee is " + NOT_IN_FACTS)

    apigw = ("P", "AWS", "API Gateway REST / HTTP API")
    P("aws", "api_gateway:requests", "1m_requests", "3.50", apigw, item="API Gateway REST API requests")
    P("aws", "api_gateway:http_api_requests", "1m_requests", "1.00", apigw, item="API Gateway HTTP API requests (first 300M)")
    U("gcp", "api_gateway:requests", "1m_requests", "Google API Gateway is " + NOT_IN_FACTS)
    apim = ("P", "Azure", "API Management Consumption")
    P("azure", "api_gateway:requests", "1m_requests", "3.50", apim)
    P("azure", "api_gateway:developer_unit", "unit_month", "48.03", apim, "Developer $48.03/unit-mo",
      item="API Management Developer tier")

    cf = ("P", "AWS", "CloudFront data out")
    P("aws", "cdn:data_out", "gb", "0.085", cf)
    P("aws", "cdn:https_requests", "10k_requests", "0.01", cf, "HTTPS $0.01/10k req", item="CloudFront HTTPS requests")
    P("aws", "cdn:http_requests", "10k_requests", "0.0075", cf, "HTTP $0.0075/10k", item="CloudFront HTTP requests")
    gcdn = ("P", "GCP", "Cloud CDN cache egress North America")
    P("gcp", "cdn:data_out", "gib", "0.08", gcdn)
    P("gcp", "cdn:lookups", "10k_requests", "0.0075", gcdn, "cache lookups $0.0075/10k", item="Cloud CDN cache lookups")
    P("azure", "cdn:data_out", "gb", "0.081", ("P", "Azure", "Azure CDN (Microsoft) first 10 TB"))

    dto = ("P", "AWS", "Data transfer out to internet")
    P("aws", "egress:internet", "gb", "0.09", dto, tier={"from": "0", "to": "10", "unit": "TB"})
    P("aws", "egress:internet:tier2", "gb", "0.085", dto, tier={"from": "10", "to": "50", "unit": "TB"})
    P("aws", "egress:internet:tier3", "gb", "0.07", dto, tier={"from": "50", "to": "150", "unit": "TB"})
    P("aws", "egress:inter_region", "gb", "0.02", dto, "Inter-region $0.02/GB", item="Data transfer between regions")
    P("aws", "egress:cross_zone", "gb", "0.01", dto, "intra-region cross-AZ $0.01/GB", item="Data transfer across zones")
    gin = ("P", "GCP", "Internet egress (Premium tier)")
    P("gcp", "egress:internet", "gib", "0.12", gin, tier={"from": "0", "to": "1", "unit": "TiB"})
    P("gcp", "egress:internet:tier2", "gib", "0.11", gin, tier={"from": "1", "to": "10", "unit": "TiB"})
    P("gcp", "egress:internet:tier3", "gib", "0.08", gin, tier={"from": "10", "to": None, "unit": "TiB"})
    P("azure", "egress:internet", "gb", "0.087", ("P", "Azure", "Internet egress (first 100 GB free), next 10 TB"))

    P("aws", "nat:hour", "hour", "0.045", ("P", "AWS", "NAT gateway"))
    P("aws", "nat:data", "gb", "0.045", ("P", "AWS", "NAT gateway"), item="NAT gateway data processed")
    gnat = ("P", "GCP", "Cloud NAT gateway / data processed")
    P("gcp", "nat:hour", "hour", "0.0448", gnat, note="$0.0014 per VM-hour, capped at 32 VMs; this is the cap")
    P("gcp", "nat:vm_hour", "hour", "0.0014", gnat, "$0.0014 per VM-hour", item="Cloud NAT per VM-hour (below 32 VMs)")
    P("gcp", "nat:data", "gib", "0.045", gnat, item="Cloud NAT data processed")
    P("gcp", "network:vpn_tunnel", "hour", "0.05", ("P", "GCP", "Cloud VPN tunnel / unused static IP"), item="Cloud VPN tunnel")
    P("gcp", "network:static_ip_unused", "hour", "0.01", ("P", "GCP", "Cloud VPN tunnel / unused static IP"),
      item="Unused static IP")
    anat = ("P", "Azure", "NAT gateway")
    P("azure", "nat:hour", "hour", "0.045", anat)
    P("azure", "nat:data", "gb", "0.045", anat, item="NAT gateway data processed")
    P("azure", "network:public_ip", "hour", "0.005", anat, "static public IP $0.005/h", item="Static public IP")


def _ml(P, U, SUM):
    L = lambda p, item: ("L", p, item)  # noqa: E731
    P("aws", "ml_endpoint:ml.m5.large", "hour", "0.115", L("AWS", "SageMaker real-time endpoint ml.m5.large"))
    P("aws", "ml_endpoint:ml.m5.xlarge", "hour", "0.23", L("AWS", "SageMaker real-time endpoint ml.m5.xlarge"))
    P("aws", "ml_endpoint:ml.g4dn.xlarge", "hour", "0.7364", L("AWS", "SageMaker real-time endpoint ml.g4dn.xlarge"))
    P("aws", "ml_endpoint:ml.p3.2xlarge", "hour", "3.825", ("P", "AWS", "SageMaker real-time endpoint ml.g4dn.xlarge"),
      "ml.p3.2xlarge $3.825", item="SageMaker real-time endpoint ml.p3.2xlarge")
    P("aws", "ml_training:ml.m5.xlarge", "hour", "0.23", L("AWS", "SageMaker training ml.m5.xlarge"))
    P("aws", "ml_training:ml.m5.large", "hour", "0.115", L("AWS", "SageMaker training ml.m5.large"))
    P("aws", "ml_training:ml.g5.2xlarge", "hour", "1.515", L("AWS", "SageMaker training ml.m5.large"),
      "training ml.g5.2xlarge $1.515", item="SageMaker training ml.g5.2xlarge")
    unknown = {
        ("aws", "ml_endpoint"): ["ml.t2.medium", "ml.c5.xlarge", "ml.g5.xlarge"],
        ("aws", "ml_training"): ["ml.t3.medium", "ml.c5.xlarge", "ml.g4dn.xlarge", "ml.g5.xlarge", "ml.p3.2xlarge",
                                 "ml.p3.16xlarge", "ml.p4d.24xlarge", "ml.p5.48xlarge"],
        ("aws", "ml_notebook"): ["ml.t3.medium", "ml.m5.large", "ml.m5.xlarge", "ml.c5.xlarge", "ml.g4dn.xlarge",
                                 "ml.g5.xlarge", "ml.p3.2xlarge"],
        ("gcp", "ml_endpoint"): ["n1-standard-2", "n1-standard-8", "e2-standard-4", "g2-standard-4", "a2-highgpu-1g"],
        ("gcp", "ml_training"): ["n1-standard-8", "n2-standard-8", "e2-standard-8", "g2-standard-4", "a2-highgpu-1g",
                                 "a2-highgpu-8g", "a3-highgpu-8g"],
        ("gcp", "ml_notebook"): ["e2-standard-2", "e2-standard-4", "n1-standard-4", "n1-standard-8", "g2-standard-4",
                                 "a2-highgpu-1g"],
        ("azure", "ml_endpoint"): ["Standard_D2s_v5", "Standard_D4s_v5", "Standard_F2", "Standard_NC4as_T4_v3",
                                   "Standard_NC6s_v3", "Standard_NC24ads_A100_v4"],
    }
    service = {"ml_endpoint": "endpoint", "ml_training": "training", "ml_notebook": "notebook"}
    product = {"aws": "SageMaker", "gcp": "Vertex AI", "azure": "Azure ML"}
    for (p, prefix), types in unknown.items():
        for t in types:
            why = f"{product[p]} {service[prefix]} on {t} is " + NOT_IN_FACTS
            if p == "azure":
                why = ("the facts say Azure ML compute instances and clusters cost the VM price; managed online "
                       "endpoints are " + NOT_IN_FACTS)
            U(p, f"{prefix}:{t}", "hour", why)
    P("gcp", "ml_endpoint:n1-standard-4", "hour", "0.219", L("GCP", "Vertex AI online prediction n1-standard-4 node"),
      note="replaces the earlier estimate 0.2185 (E)")
    P("gcp", "ml_training:n1-standard-4", "hour", "0.21849885", L("GCP", "Vertex AI custom training n1-standard-4"))
    P("gcp", "ml_training:gpu:nvidia-h100-80gb", "gpu_hour", "9.79655057",
      L("GCP", "Vertex AI training accelerator NVIDIA H100 80GB"), note="the accelerator only; the machine type bills apart")
    azml = ("P", "Azure", "Azure ML compute (instances/clusters)")
    rule = "no Azure ML surcharge; pay underlying VM + storage"
    for prefix, types in (("ml_notebook", ["Standard_D2s_v5", "Standard_D4s_v5", "Standard_NC4as_T4_v3",
                                           "Standard_NC8as_T4_v3", "Standard_NC6s_v3"]),
                          ("ml_training", ["Standard_D4s_v5", "Standard_D48s_v5", "Standard_NC8as_T4_v3",
                                           "Standard_NC6s_v3", "Standard_NC24ads_A100_v4", "Standard_ND96asr_v4",
                                           "Standard_ND96isr_H100_v5"])):
        for t in types:
            SUM("azure", f"{prefix}:{t}", "hour", [(f"vm:{t}", "1")], azml, rule,
                f"the VM's own price (vm:{t}): Azure ML compute adds no surcharge", item=f"Azure ML compute on {t}")


def _llm(P):
    def tokens(p, model, row, inp, out, quote=None, **kw):
        P(p, f"llm:{model}:input_1m", "1m_tokens", inp, row, quote, **kw)
        if out is not None:
            P(p, f"llm:{model}:output_1m", "1m_tokens", out, row, quote, **kw)

    L = lambda p, item: ("L", p, item)  # noqa: E731
    sonnet = L("AWS", "Bedrock Claude Sonnet 4.6")
    tokens("aws", "claude-sonnet-4.6", sonnet, "3.00", "15.00", note="global cross-region endpoint")
    tokens("aws", "claude-sonnet-4.6-regional", sonnet, "3.30", "16.50", "regional endpoint 3.30 / 16.50",
           item="Bedrock Claude Sonnet 4.6 (regional endpoint)")
    haiku = L("AWS", "Bedrock Claude Haiku 4.5")
    tokens("aws", "claude-haiku-4.5", haiku, "1.00", "5.00", note="global endpoint")
    tokens("aws", "claude-haiku-4.5-regional", haiku, "1.10", "5.50", "regional 1.10 / 5.50",
           item="Bedrock Claude Haiku 4.5 (regional endpoint)")
    tokens("aws", "llama-3.3-70b-instruct", L("AWS", "Bedrock Meta Llama 3.3 70B Instruct"), "0.72", "0.72")
    nova = L("AWS", "Bedrock Amazon Nova Pro")
    tokens("aws", "nova-pro", nova, "0.80", "3.20")
    tokens("aws", "nova-micro", nova, "0.035", "0.14", "Nova Micro 0.035 / 0.14", item="Bedrock Amazon Nova Micro")
    tokens("aws", "nova-premier", nova, "2.50", "12.50", "Nova Premier 2.50 / 12.50", item="Bedrock Amazon Nova Premier")
    tokens("aws", "nova-lite", L("AWS", "Bedrock Amazon Nova Lite"), "0.06", "0.24")
    tokens("aws", "titan-text-express", L("AWS", "Bedrock Amazon Titan Text G1 Express"), "0.20", "0.60")
    tokens("gcp", "gemini-2.5-pro", L("GCP", "Vertex AI Gemini 2.5 Pro"), "1.25", "10.00", note="prompts up to 200K tokens")
    flash = L("GCP", "Vertex AI Gemini 2.5 Flash")
    tokens("gcp", "gemini-2.5-flash", flash, "0.30", "2.50")
    tokens("gcp", "gemini-2.5-flash-lite", flash, "0.10", "0.40", "2.5 Flash-Lite 0.10 / 0.40", item="Vertex AI Gemini 2.5 Flash-Lite")
    tokens("gcp", "gemini-2.0-flash", L("GCP", "Vertex AI Gemini 2.0 Flash"), "0.15", "0.60")
    g15 = L("GCP", "Vertex AI Gemini 1.5 Pro ; 1.5 Flash")
    tokens("gcp", "gemini-1.5-pro", g15, "1.25", "5.00", item="Vertex AI Gemini 1.5 Pro (prompts <=128K)")
    tokens("gcp", "gemini-1.5-flash", g15, "0.075", "0.30", item="Vertex AI Gemini 1.5 Flash (prompts <=128K)")
    tokens("azure", "gpt-4o", L("Azure", "~Azure OpenAI gpt-4o (2024-08-06)"), "2.75", "11.00", note="Standard (regional) deployment")
    tokens("azure", "gpt-4o-mini", L("Azure", "~Azure OpenAI gpt-4o-mini"), "0.165", "0.66", note="Standard (regional) deployment")
    emb = L("Azure", "Azure OpenAI text-embedding-3-small")
    tokens("azure", "text-embedding-3-small", emb, "0.02", None)
    tokens("azure", "text-embedding-3-large", emb, "0.13", None, "text-embedding-3-large 0.13",
           item="Azure OpenAI text-embedding-3-large")
    tokens("azure", "o3-mini", L("Azure", "~Azure OpenAI o3-mini"), "1.21", "4.84", note="Standard (regional) deployment")
    g41 = L("Azure", "Azure OpenAI gpt-4.1")
    tokens("azure", "gpt-4.1", g41, "2.00", "8.00", note="deployment type not stated in the sources")
    tokens("azure", "gpt-4.1-mini", g41, "0.40", "1.60", "gpt-4.1-mini 0.40 / 1.60", item="Azure OpenAI gpt-4.1-mini")


def _operations(P, U):
    cwl = ("P", "AWS", "CloudWatch Logs ingestion / archival storage / Insights scanned")
    P("aws", "logging:ingestion", "gb", "0.50", cwl, item="CloudWatch Logs ingestion")
    P("aws", "logging:storage", "gb_month", "0.03", cwl, item="CloudWatch Logs archival storage")
    P("aws", "logging:query_scanned", "gb", "0.005", cwl, item="CloudWatch Logs Insights data scanned")
    cwm = ("P", "AWS", "CloudWatch metrics (custom / detailed monitoring)")
    P("aws", "monitoring:metric", "metric_month", "0.30", cwm)
    P("aws", "monitoring:alarm", "alarm_month", "0.10", cwm, "alarms std $0.10", item="CloudWatch standard alarm")
    P("aws", "monitoring:alarm_high_resolution", "alarm_month", "0.30", cwm, "high-res $0.30", item="CloudWatch high-resolution alarm")
    P("aws", "monitoring:dashboard", "month", "3", cwm, "dashboard $3/mo", item="CloudWatch dashboard")
    P("gcp", "logging:ingestion", "gib", "0.50", ("P", "GCP", "Cloud Logging ingestion"))
    P("gcp", "monitoring:metric_data", "mib", "0.258", ("P", "GCP", "Cloud Monitoring metric data"),
      tier={"from": "150", "to": "100000", "unit": "MiB"})
    P("azure", "logging:ingestion", "gb", "2.30", ("P", "Azure", "~Log Analytics (Analytics Logs) ingestion"))
    P("azure", "monitoring:metric_alert", "time_series_month", "0.10", ("P", "Azure", "Azure Monitor metric alert"))

    P("aws", "secrets:secret", "secret_month", "0.40", ("P", "AWS", "Secrets Manager secret"))
    P("aws", "secrets:api_calls", "10k_requests", "0.05", ("P", "AWS", "Secrets Manager secret"), "API calls $0.05 per 10k",
      item="Secrets Manager API calls")
    P("aws", "kms:key", "key_month", "1.00", ("P", "AWS", "KMS customer managed key"))
    P("aws", "kms:requests", "10k_requests", "0.03", ("P", "AWS", "KMS customer managed key"), "symmetric requests $0.03/10k",
      item="KMS symmetric requests")
    P("gcp", "secrets:secret", "version_month", "0.06", ("P", "GCP", "Secret Manager active secret version"))
    P("gcp", "secrets:api_calls", "10k_requests", "0.03", ("P", "GCP", "Secret Manager active secret version"),
      "access ops $0.03/10k", item="Secret Manager access operations")
    P("gcp", "kms:key", "key_version_month", "0.06", ("P", "GCP", "Cloud KMS software key version"))
    P("gcp", "kms:requests", "10k_requests", "0.03", ("P", "GCP", "Cloud KMS software key version"), "ops $0.03/10k",
      item="Cloud KMS operations")
    kv = ("P", "Azure", "Key Vault secrets / software-key operations")
    P("azure", "secrets:api_calls", "10k_requests", "0.03", kv, item="Key Vault secret operations")
    P("azure", "kms:requests", "10k_requests", "0.03", kv, item="Key Vault software-key operations")
    P("azure", "secrets:secret", "secret_month", "0", kv, "no per-secret monthly fee", item="Key Vault secret (no monthly fee)",
      derivation="the row states that Key Vault charges no monthly fee per secret")
    for p in ("aws", "gcp", "azure"):
        P(p, "iam:identity", "month", "0", ("P", "All", "IAM (AWS IAM, GCP IAM, Entra ID basic RBAC)"))
        U(p, "budget:budget", "month", "budget alerts are " + NOT_IN_FACTS)

    P("aws", "registry:storage", "gb_month", "0.10", ("P", "AWS", "ECR storage"))
    P("gcp", "registry:storage", "gb_month", "0.10", ("P", "GCP", "Artifact Registry storage"))
    acr = ("P", "Azure", "Container Registry Basic / Premium")
    P("azure", "registry:basic", "month", "5.00", acr, item="Container Registry Basic")
    P("azure", "registry:premium", "month", "50.00", acr, item="Container Registry Premium")
    P("azure", "registry:storage", "gb_month", "0.10", acr, "extra storage $0.10/GB", item="Container Registry extra storage")

    cb = ("P", "AWS", "CodeBuild Linux general1.small / medium / large")
    for t, usd in (("general1.small", "0.005"), ("general1.medium", "0.01"), ("general1.large", "0.02")):
        P("aws", f"build:{t}", "build_minute", usd, cb, item=f"CodeBuild Linux {t}")
    gcb = ("P", "GCP", "Cloud Build default pool e2-medium / e2-standard-2")
    P("gcp", "build:e2-medium", "build_minute", "0.003", gcb, item="Cloud Build default pool e2-medium")
    P("gcp", "build:e2-standard-2", "build_minute", "0.006", gcb, item="Cloud Build default pool e2-standard-2")
    P("gcp", "build:private_pool_vcpu", "vcpu_minute", "0.00317", gcb, "private pool $0.00317/vCPU-min",
      item="Cloud Build private pool vCPU")
    P("gcp", "build:private_pool_memory", "gb_minute", "0.00042", gcb, "$0.00042/GB-min", item="Cloud Build private pool memory")
    for t in ("e2-highcpu-8", "e2-highcpu-32"):
        U("gcp", f"build:{t}", "build_minute", f"the Cloud Build default-pool price of {t} is " + NOT_IN_FACTS)
    P("azure", "build:Microsoft-hosted", "parallel_job_month", "40", ("P", "Azure", "Azure Pipelines Microsoft-hosted"),
      "commonly $40 per extra hosted parallel job/month", item="Azure Pipelines Microsoft-hosted parallel job")
    U("azure", "build:Self-hosted", "parallel_job_month",
      "a self-hosted agent runs on machines you pay for yourself: price them as VMs")

    sqs = ("P", "AWS", "SQS standard / FIFO")
    P("aws", "queue:requests", "1m_requests", "0.40", sqs, item="SQS standard queue requests")
    P("aws", "queue:fifo_requests", "1m_requests", "0.50", sqs, item="SQS FIFO queue requests")
    ps = ("P", "GCP", "Pub/Sub message ingestion / delivery")
    P("gcp", "queue:throughput", "tib", "40", ps)
    P("gcp", "queue:storage", "gib_month", "0.27", ps, "retained msg storage $0.27/GiB-mo", item="Pub/Sub retained messages")
    sb = ("P", "Azure", "Service Bus Standard base / ops 13M-100M")
    P("azure", "queue:base", "hour", "0.0134", sb, item="Service Bus Standard base charge")
    P("azure", "queue:requests", "1m_requests", "0.80", sb, item="Service Bus Standard operations (13M-100M a month)")
    P("azure", "queue:basic_requests", "1m_requests", "0.05", sb, "Basic tier ops $0.05/M", item="Service Bus Basic operations")
