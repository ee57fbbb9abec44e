<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CatalogData</name>
    <message>
        <source>AWS</source>
        <extracomment>providers[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <extracomment>providers[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <extracomment>providers[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic</source>
        <extracomment>providers[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <extracomment>categories[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>categories[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <extracomment>categories[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <extracomment>categories[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML platform</source>
        <extracomment>categories[4]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observability</source>
        <extracomment>categories[5]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <extracomment>categories[6]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>categories[7]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DevOps</source>
        <extracomment>categories[8]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <extracomment>categories[9]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <extracomment>categories[10]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <extracomment>properties.active_users</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <extracomment>properties.active_users</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who sign in at least once a month; user sign-in services bill per monthly active user.</source>
        <extracomment>properties.active_users</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <extracomment>properties.backup</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups or point-in-time recovery are on; the rules flag SQL and NoSQL databases and block or file storage without them.</source>
        <extracomment>properties.backup</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <extracomment>properties.budget_horizon_months</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <extracomment>properties.budget_horizon_months</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many months ahead the budget-exceeded rule checks the cost projection against the limit.</source>
        <extracomment>properties.budget_horizon_months</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>properties.count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many instances, replicas, nodes or items this node stands for.</source>
        <extracomment>properties.count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration per invocation</source>
        <extracomment>properties.duration_ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>properties.duration_ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average run time of one invocation; with memory it gives the GB-seconds a function is billed for.</source>
        <extracomment>properties.duration_ms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database engine</source>
        <extracomment>properties.engine</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database engine; it changes the price of managed databases (commercial engines include a licence).</source>
        <extracomment>properties.engine</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses GPU</source>
        <extracomment>properties.gpu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node does GPU work; the rules check that it runs on a GPU-capable service and instance type.</source>
        <extracomment>properties.gpu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per month</source>
        <extracomment>properties.growth_pct_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>properties.growth_pct_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast usage (storage, requests) grows each month, in percent; kept for projecting usage over time.</source>
        <extracomment>properties.growth_pct_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per month</source>
        <extracomment>properties.hours_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>properties.hours_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours the resource runs each month (730 is always on; a 31-day month has 744).</source>
        <extracomment>properties.hours_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type</source>
        <extracomment>properties.instance_type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s machine or database type (e.g. m5.large, n2-standard-8, Standard_D4s_v5, db.t3.large); empty means the kind&apos;s default for the provider.</source>
        <extracomment>properties.instance_type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run</source>
        <extracomment>properties.max_runtime_min</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>properties.max_runtime_min</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a single job or invocation runs, in minutes; the rules compare it with service limits (e.g. 15 minutes for Lambda).</source>
        <extracomment>properties.max_runtime_min</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>properties.memory_mb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <extracomment>properties.memory_mb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory given to each invocation or container; billed per GB-second or GB-hour.</source>
        <extracomment>properties.memory_mb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>properties.model</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosted model an LLM API node calls (e.g. claude-haiku-4.5, gemini-2.5-flash, gpt-4o-mini); input and output tokens are priced apart for it.</source>
        <extracomment>properties.model</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <extracomment>properties.monthly_limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <extracomment>properties.monthly_limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget per month, in US dollars (the diagram&apos;s currency must be USD); the no-cost-controls rule looks for it.</source>
        <extracomment>properties.monthly_limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <extracomment>properties.multi_az</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs across several availability zones so one zone failing does not take it down; the rules check it for production tiers and it doubles a managed database&apos;s instance cost.</source>
        <extracomment>properties.multi_az</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team operations capacity</source>
        <extracomment>properties.ops_capacity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much time the team has to run servers: small (no one to patch machines or run a cluster), medium or large; the advisor favours managed, serverless options for a small team.</source>
        <extracomment>properties.ops_capacity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output share of tokens</source>
        <extracomment>properties.output_share_pct</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of tokens_per_month the model writes (output tokens, priced higher); the rest are input tokens. 25 % unless set.</source>
        <extracomment>properties.output_share_pct</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak requests per second</source>
        <extracomment>properties.peak_rps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <extracomment>properties.peak_rps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most requests per second the workload must serve at once; the advisor sizes replicas for it (unset: twice the average for steady traffic, ten times for spiky).</source>
        <extracomment>properties.peak_rps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing model</source>
        <extracomment>properties.pricing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand, a 1- or 3-year reservation/commitment, or spot capacity that can be interrupted (the rules warn about spot where users wait).</source>
        <extracomment>properties.pricing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public subnet</source>
        <extracomment>properties.public</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet has a route to the internet; the rules flag data stores placed in a public subnet.</source>
        <extracomment>properties.public</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per month</source>
        <extracomment>properties.requests_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>properties.requests_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests, invocations, API calls, messages or runs per month; the rules read it to spot constant high load on functions.</source>
        <extracomment>properties.requests_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>properties.stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which environment this is; the rules apply stricter checks (e.g. Multi-AZ) to prod and flag edges from dev into prod.</source>
        <extracomment>properties.stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps state</source>
        <extracomment>properties.stateful</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload keeps state between requests (in memory, on local disk, long-lived connections); functions cannot, so the advisor rules them out.</source>
        <extracomment>properties.stateful</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <extracomment>properties.storage_class</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tier: standard for hot data, infrequent for monthly access, archive and deep_archive for rarely read data; colder tiers cost less per GB but more to read.</source>
        <extracomment>properties.storage_class</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <extracomment>properties.storage_gb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data stored (GB-month), or ingested for logging.</source>
        <extracomment>properties.storage_gb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <extracomment>properties.tokens_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k tokens</source>
        <extracomment>properties.tokens_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens sent to and received from the model per month, in thousands; the LLM API is priced per token.</source>
        <extracomment>properties.tokens_per_month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic pattern</source>
        <extracomment>properties.traffic_pattern</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the load arrives over a day: steady (close to its average all day) or spiky (bursts and quiet hours, hard to predict); the advisor favours serverless for spiky load and always-on capacity for steady high load.</source>
        <extracomment>properties.traffic_pattern</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer</source>
        <extracomment>properties.transfer_gb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processed (NAT, load balancer) or sent out to the internet per month; billed per GB.</source>
        <extracomment>properties.transfer_gb</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual server you rent by the hour and manage yourself, from the operating system up. Good for long-running or highly tuned workloads.</source>
        <extracomment>kinds[0] (&quot;compute.vm&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <extracomment>kinds[0] (&quot;compute.vm&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual machine with one or more GPUs attached, for training or serving deep-learning models. GPUs are expensive, so stop it when idle.</source>
        <extracomment>kinds[1] (&quot;compute.gpu_vm&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU virtual machine</source>
        <extracomment>kinds[1] (&quot;compute.gpu_vm&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed Kubernetes cluster that runs and scales containers on a pool of worker nodes. Count and instance type describe the worker nodes; the control-plane fee comes on top.</source>
        <extracomment>kinds[2] (&quot;compute.kubernetes&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <extracomment>kinds[2] (&quot;compute.kubernetes&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control plane</source>
        <extracomment>kinds[2] (&quot;compute.kubernetes&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs your container image without managing servers or a cluster; you pay for the CPU and memory the containers use. A simple way to serve a model API.</source>
        <extracomment>kinds[3] (&quot;compute.container&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container service</source>
        <extracomment>kinds[3] (&quot;compute.container&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <extracomment>kinds[3] (&quot;compute.container&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>kinds[3] (&quot;compute.container&quot;).billing.lines[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small piece of code that runs on an event or request and scales to zero; you pay per invocation and per GB-second. Best for short, spiky, event-driven work, not GPUs or long jobs.</source>
        <extracomment>kinds[4] (&quot;compute.function&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless function</source>
        <extracomment>kinds[4] (&quot;compute.function&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (GB-s)</source>
        <extracomment>kinds[4] (&quot;compute.function&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues and runs batch jobs on machines that start for the job and stop afterwards. Good for scheduled scoring, data processing or fault-tolerant work on spot capacity.</source>
        <extracomment>kinds[5] (&quot;compute.batch&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch computing</source>
        <extracomment>kinds[5] (&quot;compute.batch&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores files (datasets, model artifacts, exports, logs) as objects in buckets, reached over HTTP. Practically unlimited and cheap per GB; colder storage classes cost less.</source>
        <extracomment>kinds[6] (&quot;storage.object&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object storage</source>
        <extracomment>kinds[6] (&quot;storage.object&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (read)</source>
        <extracomment>kinds[6] (&quot;storage.object&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <extracomment>kinds[6] (&quot;storage.object&quot;).billing.lines[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual disk attached to one virtual machine, like a hard drive. It keeps its data when the VM stops.</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block storage (disk)</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume gp3</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent Disk balanced</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium SSD P10 (128 GiB)</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;).billing.lines[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared network file system that many machines can mount at once, with folders and files. Useful for shared training data or home directories.</source>
        <extracomment>kinds[8] (&quot;storage.file&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File storage</source>
        <extracomment>kinds[8] (&quot;storage.file&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed SQL database (PostgreSQL, MySQL, ...) for the application&apos;s operational data; the provider handles patches and backups. Multi-AZ keeps a standby in another zone and doubles the instance cost.</source>
        <extracomment>kinds[9] (&quot;database.sql&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relational database</source>
        <extracomment>kinds[9] (&quot;database.sql&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed key-value or document database that scales automatically and is billed per request and per GB. Good for user profiles, sessions and fast lookups.</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoSQL database</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads (half the requests)</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes (half the requests)</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request units (1 per request)</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;).billing.lines[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analytical database for large SQL queries over historical data, kept apart from the operational database. Feeds reports, BI dashboards and training data.</source>
        <extracomment>kinds[11] (&quot;database.warehouse&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <extracomment>kinds[11] (&quot;database.warehouse&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand query</source>
        <extracomment>kinds[11] (&quot;database.warehouse&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed Redis or Memcached store that keeps hot data in memory for millisecond reads, e.g. cached predictions or sessions.</source>
        <extracomment>kinds[12] (&quot;database.cache&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-memory cache</source>
        <extracomment>kinds[12] (&quot;database.cache&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreads incoming traffic across several instances and sends it only to healthy ones. Billed per hour plus the data or connections it handles.</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer hours</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity units (1 LCU-hour per GB processed)</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule hours</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).billing.lines[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data processed</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).billing.lines[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed front door for HTTP APIs that handles routing, authentication, throttling and keys. Billed per million calls.</source>
        <extracomment>kinds[14] (&quot;network.api_gateway&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API gateway</source>
        <extracomment>kinds[14] (&quot;network.api_gateway&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A content delivery network that caches content at edge locations close to users, making it faster and cutting load on the origin. Billed per GB delivered.</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data out</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS requests</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache lookups</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;).billing.lines[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets machines in a private subnet reach the internet (e.g. to download packages) without being reachable from it. Billed per hour and per GB processed, which can surprise.</source>
        <extracomment>kinds[16] (&quot;network.nat_gateway&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <extracomment>kinds[16] (&quot;network.nat_gateway&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway hours</source>
        <extracomment>kinds[16] (&quot;network.nat_gateway&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters network traffic: which ports and addresses may connect, and a web application firewall that blocks common attacks before they reach your service.</source>
        <extracomment>kinds[17] (&quot;network.firewall&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall / WAF</source>
        <extracomment>kinds[17] (&quot;network.firewall&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall hours</source>
        <extracomment>kinds[17] (&quot;network.firewall&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translates domain names such as api.example.com into addresses, and can route users to healthy or nearby endpoints. Billed per zone and per million queries.</source>
        <extracomment>kinds[18] (&quot;network.dns&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <extracomment>kinds[18] (&quot;network.dns&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted zones</source>
        <extracomment>kinds[18] (&quot;network.dns&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed Jupyter environment on a cloud machine for exploring data and prototyping models. It bills while running, so stop it when you are done.</source>
        <extracomment>kinds[19] (&quot;ml.notebook&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML notebook</source>
        <extracomment>kinds[19] (&quot;ml.notebook&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A managed job that trains a model on machines started for the run and released afterwards. You pay only while it runs; spot capacity can cut the price for restartable jobs.</source>
        <extracomment>kinds[20] (&quot;ml.training&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model training job</source>
        <extracomment>kinds[20] (&quot;ml.training&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves a trained model behind an HTTPS endpoint for real-time predictions on always-on instances. Billed per instance-hour, whether or not requests arrive.</source>
        <extracomment>kinds[21] (&quot;ml.endpoint&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model endpoint</source>
        <extracomment>kinds[21] (&quot;ml.endpoint&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orchestrates the steps of an ML workflow (prepare data, train, evaluate, register) so it can be rerun on a schedule or on new data. The steps&apos; compute is billed separately.</source>
        <extracomment>kinds[22] (&quot;ml.pipeline&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML pipeline</source>
        <extracomment>kinds[22] (&quot;ml.pipeline&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline runs</source>
        <extracomment>kinds[22] (&quot;ml.pipeline&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps versioned models with their metrics and approval status, so you know which model is deployed and can roll back.</source>
        <extracomment>kinds[23] (&quot;ml.registry&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model registry</source>
        <extracomment>kinds[23] (&quot;ml.registry&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model registries charge nothing themselves; the model artifacts are billed where they are stored</source>
        <extracomment>kinds[23] (&quot;ml.registry&quot;).billing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores curated model features once and serves the same values to training and to online prediction, avoiding training/serving skew.</source>
        <extracomment>kinds[24] (&quot;ml.feature_store&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature store</source>
        <extracomment>kinds[24] (&quot;ml.feature_store&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosted large language model you call over an API and pay per token, with no servers of your own. Cost grows with prompt and answer length.</source>
        <extracomment>kinds[25] (&quot;ml.llm_api&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM API</source>
        <extracomment>kinds[25] (&quot;ml.llm_api&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens</source>
        <extracomment>kinds[25] (&quot;ml.llm_api&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output tokens</source>
        <extracomment>kinds[25] (&quot;ml.llm_api&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready-trained model you call per request for one task, such as labelling images, reading documents or finding the sentiment of text, with nothing to train or host.</source>
        <extracomment>kinds[26] (&quot;ml.ai_api&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-trained AI API</source>
        <extracomment>kinds[26] (&quot;ml.ai_api&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls</source>
        <extracomment>kinds[26] (&quot;ml.ai_api&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects metrics such as CPU, latency and error rates from your services and shows them on dashboards. Connect it to every workload it watches.</source>
        <extracomment>kinds[27] (&quot;observability.monitoring&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>kinds[27] (&quot;observability.monitoring&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom metrics (count)</source>
        <extracomment>kinds[27] (&quot;observability.monitoring&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collects and stores application and system logs so you can search them when something goes wrong. Billed mostly per GB ingested; set a retention period.</source>
        <extracomment>kinds[28] (&quot;observability.logging&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging</source>
        <extracomment>kinds[28] (&quot;observability.logging&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log ingestion</source>
        <extracomment>kinds[28] (&quot;observability.logging&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watches metrics or logs and notifies people (e-mail, chat, pager) when a threshold is crossed, e.g. when model quality drops or errors rise.</source>
        <extracomment>kinds[29] (&quot;observability.alerting&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerting</source>
        <extracomment>kinds[29] (&quot;observability.alerting&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms (count)</source>
        <extracomment>kinds[29] (&quot;observability.alerting&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric alerts (count)</source>
        <extracomment>kinds[29] (&quot;observability.alerting&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity with permissions that a workload runs as, so it can reach other services without stored passwords. Grant only what it needs (least privilege).</source>
        <extracomment>kinds[30] (&quot;security.iam&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (IAM)</source>
        <extracomment>kinds[30] (&quot;security.iam&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM roles, policies and service accounts are free at every provider</source>
        <extracomment>kinds[30] (&quot;security.iam&quot;).billing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in the product&apos;s own users (sign-up, passwords, social and company logins) so the app never stores passwords; not the IAM role a workload runs as.</source>
        <extracomment>kinds[31] (&quot;security.user_identity&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User sign-in</source>
        <extracomment>kinds[31] (&quot;security.user_identity&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps passwords, API keys and connection strings encrypted and hands them to workloads at run time, instead of hard-coding them. Supports rotation.</source>
        <extracomment>kinds[32] (&quot;security.secrets&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets store</source>
        <extracomment>kinds[32] (&quot;security.secrets&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (count)</source>
        <extracomment>kinds[32] (&quot;security.secrets&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates and guards the encryption keys that protect data at rest in storage, databases and model artifacts, and logs every use of them.</source>
        <extracomment>kinds[33] (&quot;security.kms&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key management</source>
        <extracomment>kinds[33] (&quot;security.kms&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (count)</source>
        <extracomment>kinds[33] (&quot;security.kms&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly spending limit that sends alerts when actual or forecast cost passes a threshold. It does not stop resources by itself.</source>
        <extracomment>kinds[34] (&quot;cost.budget&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <extracomment>kinds[34] (&quot;cost.budget&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a budget is a billing setting: Google Cloud and Azure budgets are free and AWS charges only past two budgets per account, a price the book does not have</source>
        <extracomment>kinds[34] (&quot;cost.budget&quot;).billing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the versioned container images (and packages) your services and training jobs are deployed from.</source>
        <extracomment>kinds[35] (&quot;devops.registry&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container registry</source>
        <extracomment>kinds[35] (&quot;devops.registry&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry tier</source>
        <extracomment>kinds[35] (&quot;devops.registry&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds, tests and packages your code (e.g. a Docker image) on every change, billed per build minute. Requests count builds per month.</source>
        <extracomment>kinds[36] (&quot;devops.build&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build service (CI)</source>
        <extracomment>kinds[36] (&quot;devops.build&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build minutes (builds x max_runtime_min)</source>
        <extracomment>kinds[36] (&quot;devops.build&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted parallel job</source>
        <extracomment>kinds[36] (&quot;devops.build&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds messages between services so the sender does not wait for the receiver; smooths out bursts and lets work be retried. Billed per message or request.</source>
        <extracomment>kinds[37] (&quot;integration.queue&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue</source>
        <extracomment>kinds[37] (&quot;integration.queue&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base hours</source>
        <extracomment>kinds[37] (&quot;integration.queue&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers jobs on a timetable, like a cloud cron, e.g. weekly retraining or a nightly export. Count is the number of scheduled jobs.</source>
        <extracomment>kinds[38] (&quot;integration.scheduler&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler</source>
        <extracomment>kinds[38] (&quot;integration.scheduler&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocations</source>
        <extracomment>kinds[38] (&quot;integration.scheduler&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordered log of records (clicks, sensor readings, log lines) that many consumers read at their own pace and can replay for a while; count is the shards (AWS) or throughput units (Azure).</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data stream</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shard or throughput-unit hours</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records put</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;).billing.lines[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data published (Pub/Sub)</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;).billing.lines[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs data pipelines that extract data, transform it and load it into a store or warehouse, in batches or from a stream; count is the workers, hours the time they run a month.</source>
        <extracomment>kinds[40] (&quot;integration.etl&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pipeline (ETL)</source>
        <extracomment>kinds[40] (&quot;integration.etl&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker hours (count x hours)</source>
        <extracomment>kinds[40] (&quot;integration.etl&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects devices over MQTT or HTTPS, checks each device&apos;s identity and routes its messages to other services (Google Cloud IoT Core was retired in August 2023).</source>
        <extracomment>kinds[41] (&quot;integration.iot&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT hub</source>
        <extracomment>kinds[41] (&quot;integration.iot&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device messages</source>
        <extracomment>kinds[41] (&quot;integration.iot&quot;).billing.lines[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People or client apps on the internet who use the product; the entry point of the traffic. Set their requests per month to drive the estimate.</source>
        <extracomment>kinds[42] (&quot;external.users&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>kinds[42] (&quot;external.users&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people and clients outside the cloud account are not billed</source>
        <extracomment>kinds[42] (&quot;external.users&quot;).billing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application outside this architecture that calls it or is called by it, for example a CRM dashboard or a partner system.</source>
        <extracomment>kinds[43] (&quot;external.app&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External app</source>
        <extracomment>kinds[43] (&quot;external.app&quot;).names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outside application is not billed in this architecture</source>
        <extracomment>kinds[43] (&quot;external.app&quot;).billing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>groupKinds[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A geographic area with its own data centres, e.g. us-east-1. Data and latency stay local to it.</source>
        <extracomment>groupKinds[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <extracomment>groupKinds[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An isolated data centre inside a region. Spreading a tier over two or more zones survives one zone failing.</source>
        <extracomment>groupKinds[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <extracomment>groupKinds[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private network in the cloud; resources inside it talk over private addresses and are shielded from the internet.</source>
        <extracomment>groupKinds[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <extracomment>groupKinds[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range of addresses inside a VPC. A public subnet has a route to the internet; keep databases and storage in private ones.</source>
        <extracomment>groupKinds[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <extracomment>groupKinds[4]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separate copy of the system for one stage, dev, staging or prod, ideally in its own account or project.</source>
        <extracomment>groupKinds[4]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>edgeKinds[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synchronous call: the caller waits for the answer.</source>
        <extracomment>edgeKinds[0]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>edgeKinds[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads or writes data.</source>
        <extracomment>edgeKinds[1]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>edgeKinds[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers the target asynchronously; the sender does not wait.</source>
        <extracomment>edgeKinds[2]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <extracomment>edgeKinds[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governs the target: IAM to workload, monitoring or alerting to what it watches, budget to what it limits.</source>
        <extracomment>edgeKinds[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A geographic region of the provider; holds zones and VPCs.</source>
        <extracomment>paletteGroups[0] (&quot;region&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An isolated data centre inside a region; spread serving across two or more.</source>
        <extracomment>paletteGroups[1] (&quot;zone&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private network of your own; subnets divide it.</source>
        <extracomment>paletteGroups[2] (&quot;vpc&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable from the internet: load balancers and gateways, not databases.</source>
        <extracomment>paletteGroups[3] (&quot;subnet:public&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private subnet</source>
        <extracomment>paletteGroups[4] (&quot;subnet:private&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable from the internet: workloads and data stores.</source>
        <extracomment>paletteGroups[4] (&quot;subnet:private&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage such as dev, staging or prod, kept apart from the others.</source>
        <extracomment>paletteGroups[5] (&quot;environment&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleBookData</name>
    <message>
        <source>Workload without IAM</source>
        <extracomment>rule missing-iam</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workload (VM, container, function, training job, notebook, endpoint, pipeline, ETL job, build) reads or writes a data store (a data or a request edge joins them), and no IAM role governs it (no control edge between an IAM node and the workload or a group it is in). A user sign-in service (Cognito, Identity Platform, Entra ID) signs people in and is not an IAM role.</source>
        <extracomment>rule missing-iam</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an explicit identity a workload runs with whatever credentials happen to be around, usually too many; permissions are the first thing that goes wrong in the cloud.</source>
        <extracomment>rule missing-iam</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an IAM role (or service account) and connect it to the workload with a control edge; grant it only the data it needs.</source>
        <extracomment>rule missing-iam</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret manager</source>
        <extracomment>rule missing-secrets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database or an LLM API is used (has an edge), or something in the diagram calls an outside application&apos;s API (an edge into an external app from inside), and the diagram has no secret manager. An outside app that only calls in needs no credentials from us.</source>
        <extracomment>rule missing-secrets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database passwords and API keys end up in code, images or environment variables, where they leak and never rotate.</source>
        <extracomment>rule missing-secrets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a secret manager and connect the workloads that use the database or API to it; keep credentials there, not in code.</source>
        <extracomment>rule missing-secrets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving path without monitoring</source>
        <extracomment>rule no-observability</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users or an outside app send requests into the diagram, and no node on one of the request flows is connected to monitoring or logging. A flow is the set of services joined by request and event edges that requests reach; two products behind different entry points are two flows, each needing its own.</source>
        <extracomment>rule no-observability</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first incident is then also the first time anyone looks; without metrics and logs nobody can tell what broke or when.</source>
        <extracomment>rule no-observability</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add monitoring (and logging) and connect it to the services on the request path with control edges.</source>
        <extracomment>rule no-observability</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget or cost alert</source>
        <extracomment>rule no-cost-controls</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid services (or GPUs) run, and no budget watches them: a cost.budget node counts only when it sets a monthly_limit and has a control edge (either direction) to a paid node or to a group holding one. A budget without a limit, or joined to nothing that costs money, fires and is named.</source>
        <extracomment>rule no-cost-controls</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expensive resources left running are the classic cloud bill surprise; a budget with an alert catches it within days, not at the end of the month.</source>
        <extracomment>rule no-cost-controls</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget with a monthly limit and an alert, and connect it to what it watches. The quick fix asks for the limit, proposing month 1&apos;s estimate plus 20% rounded up to two significant figures (at least $10), and adds the budget beside the diagram.</source>
        <extracomment>rule no-cost-controls</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate breaks the budget</source>
        <extracomment>rule budget-exceeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost projection (docs/cost.md) passes the monthly limit of the diagram&apos;s budgets within their horizon: the limits of all cost.budget nodes that set one add up, and the projection runs as many months as the longest budget_horizon_months (12 unless set). The message names the first month over and its total; when nodes are unpriced it says the estimate leaves them out.</source>
        <extracomment>rule budget-exceeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget the design already breaks alerts every month from the start, and alerts that always fire are ignored; growth that crosses it later is a decision to make now, not a surprise.</source>
        <extracomment>rule budget-exceeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the limit to what the design costs, or change the design (smaller instances, reservations, less growth) until the projection stays under it.</source>
        <extracomment>rule budget-exceeded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational and analytical data mixed</source>
        <extracomment>rule mixed-data-stores</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One transactional store (SQL, NoSQL, cache) serves the product and is also used directly by training, notebooks, ML pipelines or batch jobs. A warehouse or other store fed from it (export, replica, change-data-capture, an ETL job) is the separate copy the fix asks for, and does not fire.</source>
        <extracomment>rule mixed-data-stores</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytical reads slow the product down and tie training to the live schema; a copy for analysis keeps both safe.</source>
        <extracomment>rule mixed-data-stores</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the data into object storage, a warehouse or a feature store (export, replica or change-data-capture) and let training read that.</source>
        <extracomment>rule mixed-data-stores</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many services, or services off the request flow</source>
        <extracomment>rule too-many-services</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 12 kinds of paid service carry the product (services that govern, watch or build it, such as IAM, secrets, keys, monitoring, budgets and CI, are not counted), or services that no request flow from users or an outside app reaches (a firewall governing something on a flow is on it), or no users or outside app at all.</source>
        <extracomment>rule too-many-services</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing services before the request flow is understood leads to systems nobody can explain or afford to run.</source>
        <extracomment>rule too-many-services</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from who uses the product and follow the requests; remove or connect what is not on that flow.</source>
        <extracomment>rule too-many-services</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database reachable from the internet</source>
        <extracomment>rule public-database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database sits in a public subnet, or users reach it directly with an edge. (An outside application that owns a database, as a CRM owns its own, is not flagged.)</source>
        <extracomment>rule public-database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database in a public subnet is one misconfigured rule away from the whole internet; data stores belong in private subnets behind the application.</source>
        <extracomment>rule public-database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the database into a private subnet and let only the application reach it; remove any edge from users straight to it.</source>
        <extracomment>rule public-database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <extracomment>rule single-point-of-failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability is critical, and a service users need runs on one replica or in one zone (not multi-AZ, not spread over two zone groups). The services users need are those on the request flow and the databases they read or write. Nodes of the same kind joined to the same neighbours count as replicas of one service, so one node per zone group is a spread service.</source>
        <extracomment>rule single-point-of-failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One machine or one data centre going down takes the product down with it.</source>
        <extracomment>rule single-point-of-failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run two or more replicas across zones (multi-AZ), and put databases in multi-AZ mode.</source>
        <extracomment>rule single-point-of-failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work that does not fit serverless</source>
        <extracomment>rule serverless-misfit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A function does GPU work, runs longer than 15 minutes (max_runtime_min, else its usual duration_ms), or takes a constant high load (100 million requests a month or more).</source>
        <extracomment>rule serverless-misfit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions cannot use GPUs, stop after 15 minutes, and cost more than a container or VM under steady load.</source>
        <extracomment>rule serverless-misfit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move GPU and long jobs to batch, training or GPU VMs; move steady high load to containers or VMs.</source>
        <extracomment>rule serverless-misfit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot capacity on the user path</source>
        <extracomment>rule spot-for-serving</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service users wait on (reached from users or an outside app by request edges alone) runs on spot or preemptible pricing. Work a queue or an event starts is not on that path.</source>
        <extracomment>rule spot-for-serving</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider can take spot capacity back with a minute&apos;s notice; users then see errors.</source>
        <extracomment>rule spot-for-serving</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use on-demand or reserved capacity for serving; keep spot for fault-tolerant batch jobs and training.</source>
        <extracomment>rule spot-for-serving</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model endpoint without a quality alert</source>
        <extracomment>rule no-model-monitoring</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model endpoint has no alert connected to it, directly or through a monitor that watches it (an edge of any kind, to the endpoint or a group it is in).</source>
        <extracomment>rule no-model-monitoring</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models degrade silently as data drifts; without an alert on quality nobody notices until the business does.</source>
        <extracomment>rule no-model-monitoring</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect monitoring to the endpoint and an alert to that monitoring, on a model-quality metric.</source>
        <extracomment>rule no-model-monitoring</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload reached straight from the internet</source>
        <extracomment>rule direct-internet-to-compute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users or an outside app send requests or events straight to a workload or model endpoint (VM, container, function, notebook, training, endpoint, pipeline), with no load balancer, API gateway, CDN or WAF in between.</source>
        <extracomment>rule direct-internet-to-compute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workload that takes traffic straight from the internet has its own address open to everyone: no TLS termination, rate limiting or request filtering stands in front of it, and every scan and attack reaches the code.</source>
        <extracomment>rule direct-internet-to-compute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a load balancer, API gateway or CDN (with a WAF) in front of the workload, let users call that, and keep the workload in a private subnet.</source>
        <extracomment>rule direct-internet-to-compute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML workload outside a VPC</source>
        <extracomment>rule ml-outside-vpc</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notebook, training job or model endpoint sits in no VPC (and no subnet) group.</source>
        <extracomment>rule ml-outside-vpc</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside a VPC the job runs on the provider&apos;s shared network with a direct route to the internet: training data and models can leave, and nothing but credentials stands between the internet and the notebook.</source>
        <extracomment>rule ml-outside-vpc</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put notebooks, training and endpoints in a private subnet of a VPC, reach storage through VPC endpoints, and turn on network isolation for training and models.</source>
        <extracomment>rule ml-outside-vpc</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store without an encryption key</source>
        <extracomment>rule data-store-without-key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data store (object, block or file storage, a database, a feature store or a model registry) has no edge to a key management service (KMS) node, neither itself nor a group it is in.</source>
        <extracomment>rule data-store-without-key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data at rest should be encrypted with a key the team controls, can rotate and can revoke; without a key in the design nobody decides who may read the data on disk or in a snapshot.</source>
        <extracomment>rule data-store-without-key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a KMS node and connect it to the stores it encrypts (or to the group that holds them); use customer-managed keys where the data is sensitive.</source>
        <extracomment>rule data-store-without-key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateful store without backups</source>
        <extracomment>rule no-backup</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQL or NoSQL database, or block or file storage, does not have the `backup` property set to true.</source>
        <extracomment>rule no-backup</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bad migration, a buggy job or a deleted table destroys data that no replica can bring back; only a backup or point-in-time recovery can, and only if restores are tested.</source>
        <extracomment>rule no-backup</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on automatic backups or point-in-time recovery (set `backup` to true), keep them for as long as the business needs, and test a restore now and then.</source>
        <extracomment>rule no-backup</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring without alerts</source>
        <extracomment>rule monitoring-without-alerts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monitoring node has no alerting node connected to it.</source>
        <extracomment>rule monitoring-without-alerts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics that nobody is told about are read only after the incident; an alert on the ones that matter turns monitoring into action.</source>
        <extracomment>rule monitoring-without-alerts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect an alerting node (alarms and notifications) to the monitoring, on the metrics that need a person: errors, latency, cost, model quality.</source>
        <extracomment>rule monitoring-without-alerts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers without a registry</source>
        <extracomment>rule containers-without-registry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kubernetes cluster or container service has no edge to a container registry.</source>
        <extracomment>rule containers-without-registry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images pulled from a laptop or a public registry are neither versioned nor scanned; a private registry is what makes a deployment repeatable and traceable.</source>
        <extracomment>rule containers-without-registry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a container registry (ECR, Artifact Registry, Container Registry), push the images your build makes to it, and connect it to the clusters and services that pull them.</source>
        <extracomment>rule containers-without-registry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node connected to nothing</source>
        <extracomment>rule orphan-node</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node has no edge at all. A budget is left out: it watches the whole bill, so it needs no edge.</source>
        <extracomment>rule orphan-node</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service that nothing calls and that calls nothing is either forgotten in the diagram or forgotten in the account, where it still costs money.</source>
        <extracomment>rule orphan-node</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the node to what uses it or what it governs, or remove it.</source>
        <extracomment>rule orphan-node</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data crosses environments</source>
        <extracomment>rule cross-environment-data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data edge joins nodes in two different environment groups, and one of them is prod (stage `prod`).</source>
        <extracomment>rule cross-environment-data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev and staging code that reads or writes production data can corrupt or leak it, and defeats the point of separate environments; two prod environments sharing data are coupled in ways nobody planned.</source>
        <extracomment>rule cross-environment-data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each environment its own data; copy anonymised or sampled production data into dev and staging through a controlled export instead of connecting them to prod.</source>
        <extracomment>rule cross-environment-data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage traffic through a NAT gateway</source>
        <extracomment>rule nat-for-storage-traffic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT gateway has an edge to object storage or a NoSQL database.</source>
        <extracomment>rule nat-for-storage-traffic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT gateway charges per GB it processes (on AWS $0.045 per GB on top of $0.045 an hour); training data and model artifacts can make that the largest line of the bill, while a gateway endpoint for the storage service carries the same traffic free.</source>
        <extracomment>rule nat-for-storage-traffic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach object storage and NoSQL tables through a gateway (VPC) endpoint or private access, and keep the NAT gateway for traffic that must reach the internet.</source>
        <extracomment>rule nat-for-storage-traffic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models deployed without a registry</source>
        <extracomment>rule no-model-registry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training job feeds a model endpoint, directly or through storage it writes and the endpoint reads, and the diagram has no model registry.</source>
        <extracomment>rule no-model-registry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a registry nobody can say which model version serves, which data and code made it, or roll back to the one before.</source>
        <extracomment>rule no-model-registry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a model registry: training registers each model version there, and the endpoint deploys an approved version from it.</source>
        <extracomment>rule no-model-registry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public entry without a WAF</source>
        <extracomment>rule edge-without-waf</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load balancer or API gateway sits in a public subnet or takes requests from users or an outside app, and no firewall or WAF is connected to it.</source>
        <extracomment>rule edge-without-waf</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public entry is where attacks arrive first; a web application firewall filters injection, bots and floods before they reach the application.</source>
        <extracomment>rule edge-without-waf</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a firewall/WAF to the load balancer or API gateway (or put it in front of it) with rules for the common attacks and rate limits.</source>
        <extracomment>rule edge-without-waf</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production database in one zone</source>
        <extracomment>rule prod-database-single-az</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQL, NoSQL or cache database inside a prod environment group does not have `multi_az` set.</source>
        <extracomment>rule prod-database-single-az</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production database in one availability zone goes down with that zone, and with it everything that depends on it.</source>
        <extracomment>rule prod-database-single-az</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on multi-AZ for production databases (a standby in another zone takes over on failure); it doubles the instance cost, so keep dev and staging single-zone.</source>
        <extracomment>rule prod-database-single-az</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <extracomment>profile all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule Cloudwright knows.</source>
        <extracomment>profile all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom basics</source>
        <extracomment>profile classroom</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pitfalls the course names: IAM, secrets, observability, cost, data, simplicity, networking, reliability, serverless, pricing, model monitoring.</source>
        <extracomment>profile classroom</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <extracomment>profile security</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity, secrets, keys, network exposure and separated environments.</source>
        <extracomment>profile security</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>profile cost</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets, the right compute model, needless per-GB charges and services nobody uses.</source>
        <extracomment>profile cost</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability and operations</source>
        <extracomment>profile reliability</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures users would see, data that could be lost, and seeing them coming.</source>
        <extracomment>profile reliability</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ML lifecycle</source>
        <extracomment>profile ml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an ML product needs beyond the app: separate training data, a model registry, model monitoring, isolated ML networks and versioned images.</source>
        <extracomment>profile ml</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
