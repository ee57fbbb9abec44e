"""Streams, data pipelines (ETL), IoT hubs, pre-trained AI APIs and end-user sign-in
(issue 14). The facts price only Pub/Sub, which is Google Cloud's stream; everything
else is listed as unknown with the reason, so an estimate says why instead of pricing
it at zero. See pricing_entries.py for P/U."""

from pricing_entries_services import NOT_IN_FACTS


def new_kinds(P, U):
    _streams(P, U)
    _pipelines(U)
    _iot(U)
    _ai_apis(U)
    _user_identity(U)


def _streams(P, U):
    # On Google Cloud a stream is a Pub/Sub topic, billed per TiB published and delivered.
    P("gcp", "stream:throughput", "tib", "40", ("P", "GCP", "Pub/Sub message ingestion / delivery"),
      item="Pub/Sub message ingestion / delivery (a stream on Google Cloud)")
    U("aws", "stream:capacity", "hour", "Kinesis Data Streams shard hours are " + NOT_IN_FACTS)
    U("aws", "stream:records", "1m_requests", "Kinesis Data Streams PUT payload units are " + NOT_IN_FACTS)
    U("azure", "stream:capacity", "hour", "Event Hubs throughput-unit hours are " + NOT_IN_FACTS)
    U("azure", "stream:records", "1m_requests", "Event Hubs ingress events are " + NOT_IN_FACTS)


def _pipelines(U):
    U("aws", "etl:worker_hour", "hour", "AWS Glue DPU-hours are " + NOT_IN_FACTS)
    U("gcp", "etl:worker_hour", "hour", "Dataflow worker vCPU and memory hours are " + NOT_IN_FACTS)
    U("azure", "etl:worker_hour", "hour",
      "Data Factory activity runs and data integration unit hours are " + NOT_IN_FACTS)


def _iot(U):
    U("aws", "iot:messages", "1m_requests", "AWS IoT Core messaging and connectivity are " + NOT_IN_FACTS)
    U("azure", "iot:messages", "1m_requests",
      "Azure IoT Hub is billed per hub unit of its tier (a daily message allowance), which is " + NOT_IN_FACTS)
    U("gcp", "iot:messages", "1m_requests",
      "Google Cloud IoT Core was retired on 16 August 2023; price the MQTT broker that replaces it "
      "(a partner service, or VMs you run)")


def _ai_apis(U):
    U("aws", "ai_api:requests", "1k_requests",
      "Rekognition, Comprehend and Textract per-call prices are " + NOT_IN_FACTS)
    U("gcp", "ai_api:requests", "1k_requests",
      "Cloud Vision and Natural Language API per-unit prices are " + NOT_IN_FACTS)
    U("azure", "ai_api:requests", "1k_requests", "Azure AI services per-transaction prices are " + NOT_IN_FACTS)


def _user_identity(U):
    why = " monthly active user prices are " + NOT_IN_FACTS + \
        " (the free IAM row covers workload identities, not end-user sign-in)"
    U("aws", "identity:mau", "unit_month", "Amazon Cognito" + why)
    U("gcp", "identity:mau", "unit_month", "Identity Platform" + why)
    U("azure", "identity:mau", "unit_month", "Microsoft Entra External ID" + why)
