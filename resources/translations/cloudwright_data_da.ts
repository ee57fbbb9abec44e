<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>CatalogData</name>
    <message>
        <source>AWS</source>
        <extracomment>providers[0]</extracomment>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <extracomment>providers[1]</extracomment>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Azure</source>
        <extracomment>providers[2]</extracomment>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Generic</source>
        <extracomment>providers[3]</extracomment>
        <translation>Generisk</translation>
    </message>
    <message>
        <source>Compute</source>
        <extracomment>categories[0]</extracomment>
        <translation>Beregning</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>categories[1]</extracomment>
        <translation>Lagring</translation>
    </message>
    <message>
        <source>Databases</source>
        <extracomment>categories[2]</extracomment>
        <translation>Databaser</translation>
    </message>
    <message>
        <source>Networking</source>
        <extracomment>categories[3]</extracomment>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>ML platform</source>
        <extracomment>categories[4]</extracomment>
        <translation>ML-platform</translation>
    </message>
    <message>
        <source>Observability</source>
        <extracomment>categories[5]</extracomment>
        <translation>Observerbarhed</translation>
    </message>
    <message>
        <source>Security</source>
        <extracomment>categories[6]</extracomment>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>categories[7]</extracomment>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <source>DevOps</source>
        <extracomment>categories[8]</extracomment>
        <translation>DevOps</translation>
    </message>
    <message>
        <source>Integration</source>
        <extracomment>categories[9]</extracomment>
        <translation>Integration</translation>
    </message>
    <message>
        <source>External</source>
        <extracomment>categories[10]</extracomment>
        <translation>Eksterne</translation>
    </message>
    <message>
        <source>Monthly active users</source>
        <extracomment>properties.active_users</extracomment>
        <translation>Månedlige aktive brugere</translation>
    </message>
    <message>
        <source>users</source>
        <extracomment>properties.active_users</extracomment>
        <translation>brugere</translation>
    </message>
    <message>
        <source>People who sign in at least once a month; user sign-in services bill per monthly active user.</source>
        <extracomment>properties.active_users</extracomment>
        <translation>Personer, der logger ind mindst én gang om måneden; login-tjenester til brugere afregnes pr. månedlig aktiv bruger.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <extracomment>properties.backup</extracomment>
        <translation>Automatisk backup</translation>
    </message>
    <message>
        <source>Automatic backups or point-in-time recovery are on; the rules flag SQL and NoSQL databases and block or file storage without them.</source>
        <extracomment>properties.backup</extracomment>
        <translation>Automatisk backup eller gendannelse til et bestemt tidspunkt er slået til; reglerne markerer SQL- og NoSQL-databaser samt blok- og fillager uden.</translation>
    </message>
    <message>
        <source>Horizon</source>
        <extracomment>properties.budget_horizon_months</extracomment>
        <translation>Horisont</translation>
    </message>
    <message>
        <source>months</source>
        <extracomment>properties.budget_horizon_months</extracomment>
        <translation>måneder</translation>
    </message>
    <message>
        <source>How many months ahead the budget-exceeded rule checks the cost projection against the limit.</source>
        <extracomment>properties.budget_horizon_months</extracomment>
        <translation>Hvor mange måneder frem reglen om overskredet budget sammenholder omkostningsfremskrivningen med grænsen.</translation>
    </message>
    <message>
        <source>Count</source>
        <extracomment>properties.count</extracomment>
        <translation>Antal</translation>
    </message>
    <message>
        <source>How many instances, replicas, nodes or items this node stands for.</source>
        <extracomment>properties.count</extracomment>
        <translation>Hvor mange instanser, replikaer, noder eller elementer denne node repræsenterer.</translation>
    </message>
    <message>
        <source>Duration per invocation</source>
        <extracomment>properties.duration_ms</extracomment>
        <translation>Varighed pr. kald</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>properties.duration_ms</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Average run time of one invocation; with memory it gives the GB-seconds a function is billed for.</source>
        <extracomment>properties.duration_ms</extracomment>
        <translation>Gennemsnitlig køretid for ét kald; sammen med hukommelsen giver den de GB-sekunder, en funktion afregnes for.</translation>
    </message>
    <message>
        <source>Database engine</source>
        <extracomment>properties.engine</extracomment>
        <translation>Databasemotor</translation>
    </message>
    <message>
        <source>The database engine; it changes the price of managed databases (commercial engines include a licence).</source>
        <extracomment>properties.engine</extracomment>
        <translation>Databasemotoren; den påvirker prisen på administrerede databaser (kommercielle motorer har licensen inkluderet).</translation>
    </message>
    <message>
        <source>Uses GPU</source>
        <extracomment>properties.gpu</extracomment>
        <translation>Bruger GPU</translation>
    </message>
    <message>
        <source>The node does GPU work; the rules check that it runs on a GPU-capable service and instance type.</source>
        <extracomment>properties.gpu</extracomment>
        <translation>Noden udfører GPU-arbejde; reglerne tjekker, at den kører på en tjeneste og en instanstype med GPU.</translation>
    </message>
    <message>
        <source>Growth per month</source>
        <extracomment>properties.growth_pct_per_month</extracomment>
        <translation>Vækst pr. måned</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>properties.growth_pct_per_month</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>How fast usage (storage, requests) grows each month, in percent; kept for projecting usage over time.</source>
        <extracomment>properties.growth_pct_per_month</extracomment>
        <translation>Hvor hurtigt forbruget (lagring, anmodninger) vokser hver måned, i procent; bruges til at fremskrive forbruget over tid.</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <extracomment>properties.hours_per_month</extracomment>
        <translation>Timer pr. måned</translation>
    </message>
    <message>
        <source>h</source>
        <extracomment>properties.hours_per_month</extracomment>
        <translation>t</translation>
    </message>
    <message>
        <source>Hours the resource runs each month (730 is always on; a 31-day month has 744).</source>
        <extracomment>properties.hours_per_month</extracomment>
        <translation>Antal timer, ressourcen kører hver måned (730 er altid tændt; en måned med 31 dage har 744).</translation>
    </message>
    <message>
        <source>Instance type</source>
        <extracomment>properties.instance_type</extracomment>
        <translation>Instanstype</translation>
    </message>
    <message>
        <source>The provider&apos;s machine or database type (e.g. m5.large, n2-standard-8, Standard_D4s_v5, db.t3.large); empty means the kind&apos;s default for the provider.</source>
        <extracomment>properties.instance_type</extracomment>
        <translation>Udbyderens maskin- eller databasetype (f.eks. m5.large, n2-standard-8, Standard_D4s_v5, db.t3.large); tomt felt giver udbyderens standard for denne tjeneste.</translation>
    </message>
    <message>
        <source>Longest run</source>
        <extracomment>properties.max_runtime_min</extracomment>
        <translation>Længste kørsel</translation>
    </message>
    <message>
        <source>min</source>
        <extracomment>properties.max_runtime_min</extracomment>
        <translation>min</translation>
    </message>
    <message>
        <source>The longest a single job or invocation runs, in minutes; the rules compare it with service limits (e.g. 15 minutes for Lambda).</source>
        <extracomment>properties.max_runtime_min</extracomment>
        <translation>Den længste tid, et enkelt job eller kald kører, i minutter; reglerne sammenligner den med tjenesternes grænser (f.eks. 15 minutter for Lambda).</translation>
    </message>
    <message>
        <source>Memory</source>
        <extracomment>properties.memory_mb</extracomment>
        <translation>Hukommelse</translation>
    </message>
    <message>
        <source>MB</source>
        <extracomment>properties.memory_mb</extracomment>
        <translation>MB</translation>
    </message>
    <message>
        <source>Memory given to each invocation or container; billed per GB-second or GB-hour.</source>
        <extracomment>properties.memory_mb</extracomment>
        <translation>Hukommelse tildelt hvert kald eller hver container; afregnes pr. GB-sekund eller GB-time.</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>properties.model</extracomment>
        <translation>Model</translation>
    </message>
    <message>
        <source>The hosted model an LLM API node calls (e.g. claude-haiku-4.5, gemini-2.5-flash, gpt-4o-mini); input and output tokens are priced apart for it.</source>
        <extracomment>properties.model</extracomment>
        <translation>Den hostede model, som en LLM-API-node kalder (f.eks. claude-haiku-4.5, gemini-2.5-flash, gpt-4o-mini); input- og output-tokens prissættes hver for sig.</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <extracomment>properties.monthly_limit</extracomment>
        <translation>Månedlig grænse</translation>
    </message>
    <message>
        <source>USD</source>
        <extracomment>properties.monthly_limit</extracomment>
        <translation>USD</translation>
    </message>
    <message>
        <source>The budget per month, in US dollars (the diagram&apos;s currency must be USD); the no-cost-controls rule looks for it.</source>
        <extracomment>properties.monthly_limit</extracomment>
        <translation>Budgettet pr. måned i amerikanske dollar (diagrammets valuta skal være USD); reglen om manglende omkostningskontrol leder efter det.</translation>
    </message>
    <message>
        <source>Multi-AZ</source>
        <extracomment>properties.multi_az</extracomment>
        <translation>Multi-AZ</translation>
    </message>
    <message>
        <source>Runs across several availability zones so one zone failing does not take it down; the rules check it for production tiers and it doubles a managed database&apos;s instance cost.</source>
        <extracomment>properties.multi_az</extracomment>
        <translation>Kører på tværs af flere tilgængelighedszoner, så den ikke går ned, hvis én zone svigter; reglerne tjekker det for produktionsniveauer, og det fordobler instansprisen for en administreret database.</translation>
    </message>
    <message>
        <source>Team operations capacity</source>
        <extracomment>properties.ops_capacity</extracomment>
        <translation>Teamets driftskapacitet</translation>
    </message>
    <message>
        <source>How much time the team has to run servers: small (no one to patch machines or run a cluster), medium or large; the advisor favours managed, serverless options for a small team.</source>
        <extracomment>properties.ops_capacity</extracomment>
        <translation>Hvor meget tid teamet har til at drive servere: lille (ingen til at patche maskiner eller drive en klynge), mellem eller stor; rådgiveren foretrækker administrerede serverless-muligheder for et lille team.</translation>
    </message>
    <message>
        <source>Output share of tokens</source>
        <extracomment>properties.output_share_pct</extracomment>
        <translation>Outputandel af tokens</translation>
    </message>
    <message>
        <source>The part of tokens_per_month the model writes (output tokens, priced higher); the rest are input tokens. 25 % unless set.</source>
        <extracomment>properties.output_share_pct</extracomment>
        <translation>Den del af tokens_per_month, som modellen skriver (output-tokens, der er dyrere); resten er input-tokens. 25 %, medmindre andet er angivet.</translation>
    </message>
    <message>
        <source>Peak requests per second</source>
        <extracomment>properties.peak_rps</extracomment>
        <translation>Anmodninger pr. sekund ved spidsbelastning</translation>
    </message>
    <message>
        <source>req/s</source>
        <extracomment>properties.peak_rps</extracomment>
        <translation>req/s</translation>
    </message>
    <message>
        <source>The most requests per second the workload must serve at once; the advisor sizes replicas for it (unset: twice the average for steady traffic, ten times for spiky).</source>
        <extracomment>properties.peak_rps</extracomment>
        <translation>Det største antal anmodninger pr. sekund, arbejdsbelastningen skal klare på én gang; rådgiveren dimensionerer replikaer efter det (ikke angivet: det dobbelte af gennemsnittet ved jævn trafik, ti gange ved svingende).</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <extracomment>properties.pricing</extracomment>
        <translation>Prismodel</translation>
    </message>
    <message>
        <source>On-demand, a 1- or 3-year reservation/commitment, or spot capacity that can be interrupted (the rules warn about spot where users wait).</source>
        <extracomment>properties.pricing</extracomment>
        <translation>On-demand, en reservation/forpligtelse på 1 eller 3 år eller spot-kapacitet, der kan blive afbrudt (reglerne advarer om spot, hvor brugere venter).</translation>
    </message>
    <message>
        <source>Public subnet</source>
        <extracomment>properties.public</extracomment>
        <translation>Offentligt undernet</translation>
    </message>
    <message>
        <source>The subnet has a route to the internet; the rules flag data stores placed in a public subnet.</source>
        <extracomment>properties.public</extracomment>
        <translation>Undernettet har en rute til internettet; reglerne markerer datalagre, der er placeret i et offentligt undernet.</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <extracomment>properties.requests_per_month</extracomment>
        <translation>Anmodninger pr. måned</translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>properties.requests_per_month</extracomment>
        <translation>anmodninger</translation>
    </message>
    <message>
        <source>Requests, invocations, API calls, messages or runs per month; the rules read it to spot constant high load on functions.</source>
        <extracomment>properties.requests_per_month</extracomment>
        <translation>Anmodninger, kald, API-kald, beskeder eller kørsler pr. måned; reglerne bruger det til at opdage konstant høj belastning på funktioner.</translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>properties.stage</extracomment>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Which environment this is; the rules apply stricter checks (e.g. Multi-AZ) to prod and flag edges from dev into prod.</source>
        <extracomment>properties.stage</extracomment>
        <translation>Hvilket miljø dette er; reglerne anvender strengere tjek (f.eks. Multi-AZ) på prod og markerer forbindelser fra dev til prod.</translation>
    </message>
    <message>
        <source>Keeps state</source>
        <extracomment>properties.stateful</extracomment>
        <translation>Bevarer tilstand</translation>
    </message>
    <message>
        <source>The workload keeps state between requests (in memory, on local disk, long-lived connections); functions cannot, so the advisor rules them out.</source>
        <extracomment>properties.stateful</extracomment>
        <translation>Arbejdsbelastningen bevarer tilstand mellem anmodninger (i hukommelsen, på lokal disk, langlivede forbindelser); det kan funktioner ikke, så rådgiveren udelukker dem.</translation>
    </message>
    <message>
        <source>Storage class</source>
        <extracomment>properties.storage_class</extracomment>
        <translation>Lagerklasse</translation>
    </message>
    <message>
        <source>Access tier: standard for hot data, infrequent for monthly access, archive and deep_archive for rarely read data; colder tiers cost less per GB but more to read.</source>
        <extracomment>properties.storage_class</extracomment>
        <translation>Adgangsniveau: standard til varme data, sjælden adgang til data, der bruges månedligt, arkiv og dybdearkiv til data, der sjældent læses; koldere niveauer koster mindre pr. GB, men mere at læse.</translation>
    </message>
    <message>
        <source>GB</source>
        <extracomment>properties.storage_gb</extracomment>
        <translation>GB</translation>
    </message>
    <message>
        <source>Data stored (GB-month), or ingested for logging.</source>
        <extracomment>properties.storage_gb</extracomment>
        <translation>Lagrede data (GB-måned) eller data indtaget til logning.</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <extracomment>properties.tokens_per_month</extracomment>
        <translation>Tokens pr. måned</translation>
    </message>
    <message>
        <source>k tokens</source>
        <extracomment>properties.tokens_per_month</extracomment>
        <translation>k tokens</translation>
    </message>
    <message>
        <source>Tokens sent to and received from the model per month, in thousands; the LLM API is priced per token.</source>
        <extracomment>properties.tokens_per_month</extracomment>
        <translation>Tokens sendt til og modtaget fra modellen pr. måned, i tusinder; LLM-API&apos;et prissættes pr. token.</translation>
    </message>
    <message>
        <source>Traffic pattern</source>
        <extracomment>properties.traffic_pattern</extracomment>
        <translation>Trafikmønster</translation>
    </message>
    <message>
        <source>How the load arrives over a day: steady (close to its average all day) or spiky (bursts and quiet hours, hard to predict); the advisor favours serverless for spiky load and always-on capacity for steady high load.</source>
        <extracomment>properties.traffic_pattern</extracomment>
        <translation>Hvordan belastningen fordeler sig over døgnet: jævn (tæt på gennemsnittet hele dagen) eller svingende (spidser og stille timer, svær at forudsige); rådgiveren foretrækker serverless ved svingende belastning og kapacitet, der altid kører, ved jævn, høj belastning.</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <extracomment>properties.transfer_gb</extracomment>
        <translation>Dataoverførsel</translation>
    </message>
    <message>
        <source>Data processed (NAT, load balancer) or sent out to the internet per month; billed per GB.</source>
        <extracomment>properties.transfer_gb</extracomment>
        <translation>Data behandlet (NAT, load balancer) eller sendt ud på internettet pr. måned; afregnes pr. GB.</translation>
    </message>
    <message>
        <source>A virtual server you rent by the hour and manage yourself, from the operating system up. Good for long-running or highly tuned workloads.</source>
        <extracomment>kinds[0] (&quot;compute.vm&quot;)</extracomment>
        <translation>En virtuel server, du lejer pr. time og selv administrerer fra styresystemet og op. God til langvarige eller finjusterede arbejdsbelastninger.</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <extracomment>kinds[0] (&quot;compute.vm&quot;).names</extracomment>
        <translation>Virtuel maskine</translation>
    </message>
    <message>
        <source>A virtual machine with one or more GPUs attached, for training or serving deep-learning models. GPUs are expensive, so stop it when idle.</source>
        <extracomment>kinds[1] (&quot;compute.gpu_vm&quot;)</extracomment>
        <translation>En virtuel maskine med en eller flere GPU&apos;er til at træne eller køre deep learning-modeller. GPU&apos;er er dyre, så stop den, når den ikke bruges.</translation>
    </message>
    <message>
        <source>GPU virtual machine</source>
        <extracomment>kinds[1] (&quot;compute.gpu_vm&quot;).names</extracomment>
        <translation>Virtuel maskine med GPU</translation>
    </message>
    <message>
        <source>A managed Kubernetes cluster that runs and scales containers on a pool of worker nodes. Count and instance type describe the worker nodes; the control-plane fee comes on top.</source>
        <extracomment>kinds[2] (&quot;compute.kubernetes&quot;)</extracomment>
        <translation>En administreret Kubernetes-klynge, der kører og skalerer containere på en pulje af worker-noder. Antal og instanstype beskriver worker-noderne; gebyret for control plane kommer oveni.</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <extracomment>kinds[2] (&quot;compute.kubernetes&quot;).names</extracomment>
        <translation>Kubernetes-klynge</translation>
    </message>
    <message>
        <source>Control plane</source>
        <extracomment>kinds[2] (&quot;compute.kubernetes&quot;).billing.lines[0]</extracomment>
        <translation>Control plane</translation>
    </message>
    <message>
        <source>Runs your container image without managing servers or a cluster; you pay for the CPU and memory the containers use. A simple way to serve a model API.</source>
        <extracomment>kinds[3] (&quot;compute.container&quot;)</extracomment>
        <translation>Kører dit container-image, uden at du skal administrere servere eller en klynge; du betaler for den CPU og hukommelse, containerne bruger. En enkel måde at udstille en model som API på.</translation>
    </message>
    <message>
        <source>Container service</source>
        <extracomment>kinds[3] (&quot;compute.container&quot;).names</extracomment>
        <translation>Containertjeneste</translation>
    </message>
    <message>
        <source>vCPU</source>
        <extracomment>kinds[3] (&quot;compute.container&quot;).billing.lines[0]</extracomment>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Requests</source>
        <extracomment>kinds[3] (&quot;compute.container&quot;).billing.lines[2]</extracomment>
        <translation>Anmodninger</translation>
    </message>
    <message>
        <source>A small piece of code that runs on an event or request and scales to zero; you pay per invocation and per GB-second. Best for short, spiky, event-driven work, not GPUs or long jobs.</source>
        <extracomment>kinds[4] (&quot;compute.function&quot;)</extracomment>
        <translation>Et lille stykke kode, der kører ved en hændelse eller anmodning og skalerer ned til nul; du betaler pr. kald og pr. GB-sekund. Bedst til kort, svingende, hændelsesdrevet arbejde, ikke til GPU&apos;er eller lange job.</translation>
    </message>
    <message>
        <source>Serverless function</source>
        <extracomment>kinds[4] (&quot;compute.function&quot;).names</extracomment>
        <translation>Serverless-funktion</translation>
    </message>
    <message>
        <source>Compute (GB-s)</source>
        <extracomment>kinds[4] (&quot;compute.function&quot;).billing.lines[1]</extracomment>
        <translation>Beregning (GB-s)</translation>
    </message>
    <message>
        <source>Queues and runs batch jobs on machines that start for the job and stop afterwards. Good for scheduled scoring, data processing or fault-tolerant work on spot capacity.</source>
        <extracomment>kinds[5] (&quot;compute.batch&quot;)</extracomment>
        <translation>Sætter batchjob i kø og kører dem på maskiner, der starter til jobbet og stopper bagefter. God til planlagt scoring, databehandling eller fejltolerant arbejde på spot-kapacitet.</translation>
    </message>
    <message>
        <source>Batch computing</source>
        <extracomment>kinds[5] (&quot;compute.batch&quot;).names</extracomment>
        <translation>Batchberegning</translation>
    </message>
    <message>
        <source>Stores files (datasets, model artifacts, exports, logs) as objects in buckets, reached over HTTP. Practically unlimited and cheap per GB; colder storage classes cost less.</source>
        <extracomment>kinds[6] (&quot;storage.object&quot;)</extracomment>
        <translation>Gemmer filer (datasæt, modelartefakter, eksporter, logs) som objekter i buckets, der tilgås over HTTP. Praktisk talt ubegrænset og billigt pr. GB; koldere lagerklasser koster mindre.</translation>
    </message>
    <message>
        <source>Object storage</source>
        <extracomment>kinds[6] (&quot;storage.object&quot;).names</extracomment>
        <translation>Objektlager</translation>
    </message>
    <message>
        <source>Requests (read)</source>
        <extracomment>kinds[6] (&quot;storage.object&quot;).billing.lines[1]</extracomment>
        <translation>Anmodninger (læsning)</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <extracomment>kinds[6] (&quot;storage.object&quot;).billing.lines[2]</extracomment>
        <translation>Udgående overførsel</translation>
    </message>
    <message>
        <source>A virtual disk attached to one virtual machine, like a hard drive. It keeps its data when the VM stops.</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;)</extracomment>
        <translation>En virtuel disk tilknyttet én virtuel maskine, ligesom en harddisk. Den bevarer sine data, når VM&apos;en stopper.</translation>
    </message>
    <message>
        <source>Block storage (disk)</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;).names</extracomment>
        <translation>Bloklager (disk)</translation>
    </message>
    <message>
        <source>Volume gp3</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;).billing.lines[0]</extracomment>
        <translation>gp3-volumen</translation>
    </message>
    <message>
        <source>Persistent Disk balanced</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;).billing.lines[1]</extracomment>
        <translation>Persistent Disk balanced</translation>
    </message>
    <message>
        <source>Premium SSD P10 (128 GiB)</source>
        <extracomment>kinds[7] (&quot;storage.block&quot;).billing.lines[2]</extracomment>
        <translation>Premium SSD P10 (128 GiB)</translation>
    </message>
    <message>
        <source>A shared network file system that many machines can mount at once, with folders and files. Useful for shared training data or home directories.</source>
        <extracomment>kinds[8] (&quot;storage.file&quot;)</extracomment>
        <translation>Et delt netværksfilsystem med mapper og filer, som mange maskiner kan montere på én gang. Nyttigt til delte træningsdata eller hjemmemapper.</translation>
    </message>
    <message>
        <source>File storage</source>
        <extracomment>kinds[8] (&quot;storage.file&quot;).names</extracomment>
        <translation>Fillager</translation>
    </message>
    <message>
        <source>A managed SQL database (PostgreSQL, MySQL, ...) for the application&apos;s operational data; the provider handles patches and backups. Multi-AZ keeps a standby in another zone and doubles the instance cost.</source>
        <extracomment>kinds[9] (&quot;database.sql&quot;)</extracomment>
        <translation>En administreret SQL-database (PostgreSQL, MySQL, ...) til applikationens driftsdata; udbyderen sørger for patches og backup. Multi-AZ holder en standby i en anden zone og fordobler instansprisen.</translation>
    </message>
    <message>
        <source>Relational database</source>
        <extracomment>kinds[9] (&quot;database.sql&quot;).names</extracomment>
        <translation>Relationsdatabase</translation>
    </message>
    <message>
        <source>A managed key-value or document database that scales automatically and is billed per request and per GB. Good for user profiles, sessions and fast lookups.</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;)</extracomment>
        <translation>En administreret nøgle-værdi- eller dokumentdatabase, der skalerer automatisk og afregnes pr. anmodning og pr. GB. God til brugerprofiler, sessioner og hurtige opslag.</translation>
    </message>
    <message>
        <source>NoSQL database</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;).names</extracomment>
        <translation>NoSQL-database</translation>
    </message>
    <message>
        <source>Reads (half the requests)</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;).billing.lines[0]</extracomment>
        <translation>Læsninger (halvdelen af anmodningerne)</translation>
    </message>
    <message>
        <source>Writes (half the requests)</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;).billing.lines[1]</extracomment>
        <translation>Skrivninger (halvdelen af anmodningerne)</translation>
    </message>
    <message>
        <source>Request units (1 per request)</source>
        <extracomment>kinds[10] (&quot;database.nosql&quot;).billing.lines[2]</extracomment>
        <translation>Anmodningsenheder (1 pr. anmodning)</translation>
    </message>
    <message>
        <source>An analytical database for large SQL queries over historical data, kept apart from the operational database. Feeds reports, BI dashboards and training data.</source>
        <extracomment>kinds[11] (&quot;database.warehouse&quot;)</extracomment>
        <translation>En analytisk database til store SQL-forespørgsler på historiske data, holdt adskilt fra driftsdatabasen. Leverer data til rapporter, BI-dashboards og træning.</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <extracomment>kinds[11] (&quot;database.warehouse&quot;).names</extracomment>
        <translation>Datavarehus</translation>
    </message>
    <message>
        <source>On-demand query</source>
        <extracomment>kinds[11] (&quot;database.warehouse&quot;).billing.lines[0]</extracomment>
        <translation>On-demand-forespørgsler</translation>
    </message>
    <message>
        <source>A managed Redis or Memcached store that keeps hot data in memory for millisecond reads, e.g. cached predictions or sessions.</source>
        <extracomment>kinds[12] (&quot;database.cache&quot;)</extracomment>
        <translation>Et administreret Redis- eller Memcached-lager, der holder varme data i hukommelsen til læsninger på millisekunder, f.eks. cachelagrede forudsigelser eller sessioner.</translation>
    </message>
    <message>
        <source>In-memory cache</source>
        <extracomment>kinds[12] (&quot;database.cache&quot;).names</extracomment>
        <translation>In-memory-cache</translation>
    </message>
    <message>
        <source>Spreads incoming traffic across several instances and sends it only to healthy ones. Billed per hour plus the data or connections it handles.</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;)</extracomment>
        <translation>Fordeler indgående trafik på flere instanser og sender den kun til dem, der er sunde. Afregnes pr. time plus de data eller forbindelser, den håndterer.</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).names</extracomment>
        <translation>Load balancer</translation>
    </message>
    <message>
        <source>Load balancer hours</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).billing.lines[0]</extracomment>
        <translation>Load balancer-timer</translation>
    </message>
    <message>
        <source>Capacity units (1 LCU-hour per GB processed)</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).billing.lines[1]</extracomment>
        <translation>Kapacitetsenheder (1 LCU-time pr. behandlet GB)</translation>
    </message>
    <message>
        <source>Rule hours</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).billing.lines[2]</extracomment>
        <translation>Regeltimer</translation>
    </message>
    <message>
        <source>Data processed</source>
        <extracomment>kinds[13] (&quot;network.load_balancer&quot;).billing.lines[3]</extracomment>
        <translation>Behandlede data</translation>
    </message>
    <message>
        <source>A managed front door for HTTP APIs that handles routing, authentication, throttling and keys. Billed per million calls.</source>
        <extracomment>kinds[14] (&quot;network.api_gateway&quot;)</extracomment>
        <translation>En administreret indgang til HTTP-API&apos;er, der håndterer routing, godkendelse, begrænsning af trafik og nøgler. Afregnes pr. million kald.</translation>
    </message>
    <message>
        <source>API gateway</source>
        <extracomment>kinds[14] (&quot;network.api_gateway&quot;).names</extracomment>
        <translation>API-gateway</translation>
    </message>
    <message>
        <source>A content delivery network that caches content at edge locations close to users, making it faster and cutting load on the origin. Billed per GB delivered.</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;)</extracomment>
        <translation>Et content delivery network, der cacher indhold på edge-lokationer tæt på brugerne, så det bliver hurtigere og aflaster oprindelsesserveren. Afregnes pr. leveret GB.</translation>
    </message>
    <message>
        <source>CDN</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;).names</extracomment>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Data out</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;).billing.lines[0]</extracomment>
        <translation>Udgående data</translation>
    </message>
    <message>
        <source>HTTPS requests</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;).billing.lines[1]</extracomment>
        <translation>HTTPS-anmodninger</translation>
    </message>
    <message>
        <source>Cache lookups</source>
        <extracomment>kinds[15] (&quot;network.cdn&quot;).billing.lines[2]</extracomment>
        <translation>Cacheopslag</translation>
    </message>
    <message>
        <source>Lets machines in a private subnet reach the internet (e.g. to download packages) without being reachable from it. Billed per hour and per GB processed, which can surprise.</source>
        <extracomment>kinds[16] (&quot;network.nat_gateway&quot;)</extracomment>
        <translation>Lader maskiner i et privat undernet nå internettet (f.eks. for at hente pakker) uden selv at kunne nås derfra. Afregnes pr. time og pr. behandlet GB, hvilket kan komme bag på en.</translation>
    </message>
    <message>
        <source>NAT gateway</source>
        <extracomment>kinds[16] (&quot;network.nat_gateway&quot;).names</extracomment>
        <translation>NAT-gateway</translation>
    </message>
    <message>
        <source>Gateway hours</source>
        <extracomment>kinds[16] (&quot;network.nat_gateway&quot;).billing.lines[0]</extracomment>
        <translation>Gateway-timer</translation>
    </message>
    <message>
        <source>Filters network traffic: which ports and addresses may connect, and a web application firewall that blocks common attacks before they reach your service.</source>
        <extracomment>kinds[17] (&quot;network.firewall&quot;)</extracomment>
        <translation>Filtrerer netværkstrafik: hvilke porte og adresser der må forbinde, og en webapplikationsfirewall, der blokerer almindelige angreb, før de når din tjeneste.</translation>
    </message>
    <message>
        <source>Firewall / WAF</source>
        <extracomment>kinds[17] (&quot;network.firewall&quot;).names</extracomment>
        <translation>Firewall/WAF</translation>
    </message>
    <message>
        <source>Firewall hours</source>
        <extracomment>kinds[17] (&quot;network.firewall&quot;).billing.lines[0]</extracomment>
        <translation>Firewall-timer</translation>
    </message>
    <message>
        <source>Translates domain names such as api.example.com into addresses, and can route users to healthy or nearby endpoints. Billed per zone and per million queries.</source>
        <extracomment>kinds[18] (&quot;network.dns&quot;)</extracomment>
        <translation>Oversætter domænenavne som api.example.com til adresser og kan sende brugere til sunde eller nærliggende endpoints. Afregnes pr. zone og pr. million forespørgsler.</translation>
    </message>
    <message>
        <source>DNS</source>
        <extracomment>kinds[18] (&quot;network.dns&quot;).names</extracomment>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Hosted zones</source>
        <extracomment>kinds[18] (&quot;network.dns&quot;).billing.lines[0]</extracomment>
        <translation>Hostede zoner</translation>
    </message>
    <message>
        <source>A managed Jupyter environment on a cloud machine for exploring data and prototyping models. It bills while running, so stop it when you are done.</source>
        <extracomment>kinds[19] (&quot;ml.notebook&quot;)</extracomment>
        <translation>Et administreret Jupyter-miljø på en cloudmaskine til at udforske data og lave prototyper af modeller. Det koster penge, mens det kører, så stop det, når du er færdig.</translation>
    </message>
    <message>
        <source>ML notebook</source>
        <extracomment>kinds[19] (&quot;ml.notebook&quot;).names</extracomment>
        <translation>ML-notebook</translation>
    </message>
    <message>
        <source>A managed job that trains a model on machines started for the run and released afterwards. You pay only while it runs; spot capacity can cut the price for restartable jobs.</source>
        <extracomment>kinds[20] (&quot;ml.training&quot;)</extracomment>
        <translation>Et administreret job, der træner en model på maskiner, som startes til kørslen og frigives bagefter. Du betaler kun, mens det kører; spot-kapacitet kan sænke prisen for job, der kan genstartes.</translation>
    </message>
    <message>
        <source>Model training job</source>
        <extracomment>kinds[20] (&quot;ml.training&quot;).names</extracomment>
        <translation>Modeltræningsjob</translation>
    </message>
    <message>
        <source>Serves a trained model behind an HTTPS endpoint for real-time predictions on always-on instances. Billed per instance-hour, whether or not requests arrive.</source>
        <extracomment>kinds[21] (&quot;ml.endpoint&quot;)</extracomment>
        <translation>Udstiller en trænet model bag et HTTPS-endpoint til forudsigelser i realtid på instanser, der altid er tændt. Afregnes pr. instanstime, uanset om der kommer anmodninger.</translation>
    </message>
    <message>
        <source>Model endpoint</source>
        <extracomment>kinds[21] (&quot;ml.endpoint&quot;).names</extracomment>
        <translation>Model-endpoint</translation>
    </message>
    <message>
        <source>Orchestrates the steps of an ML workflow (prepare data, train, evaluate, register) so it can be rerun on a schedule or on new data. The steps&apos; compute is billed separately.</source>
        <extracomment>kinds[22] (&quot;ml.pipeline&quot;)</extracomment>
        <translation>Orkestrerer trinnene i en ML-arbejdsgang (forbered data, træn, evaluer, registrer), så den kan køres igen efter en tidsplan eller på nye data. Beregningen i trinnene afregnes separat.</translation>
    </message>
    <message>
        <source>ML pipeline</source>
        <extracomment>kinds[22] (&quot;ml.pipeline&quot;).names</extracomment>
        <translation>ML-pipeline</translation>
    </message>
    <message>
        <source>Pipeline runs</source>
        <extracomment>kinds[22] (&quot;ml.pipeline&quot;).billing.lines[0]</extracomment>
        <translation>Pipelinekørsler</translation>
    </message>
    <message>
        <source>Keeps versioned models with their metrics and approval status, so you know which model is deployed and can roll back.</source>
        <extracomment>kinds[23] (&quot;ml.registry&quot;)</extracomment>
        <translation>Gemmer versionerede modeller med deres metrikker og godkendelsesstatus, så du ved, hvilken model der er udrullet, og kan rulle tilbage.</translation>
    </message>
    <message>
        <source>Model registry</source>
        <extracomment>kinds[23] (&quot;ml.registry&quot;).names</extracomment>
        <translation>Modelregister</translation>
    </message>
    <message>
        <source>model registries charge nothing themselves; the model artifacts are billed where they are stored</source>
        <extracomment>kinds[23] (&quot;ml.registry&quot;).billing</extracomment>
        <translation>modelregistre koster ikke noget i sig selv; modelartefakterne afregnes der, hvor de gemmes</translation>
    </message>
    <message>
        <source>Stores curated model features once and serves the same values to training and to online prediction, avoiding training/serving skew.</source>
        <extracomment>kinds[24] (&quot;ml.feature_store&quot;)</extracomment>
        <translation>Gemmer kuraterede model-features én gang og leverer de samme værdier til træning og til onlineforudsigelser, så man undgår skævhed mellem træning og drift (training/serving skew).</translation>
    </message>
    <message>
        <source>Feature store</source>
        <extracomment>kinds[24] (&quot;ml.feature_store&quot;).names</extracomment>
        <translation>Feature store</translation>
    </message>
    <message>
        <source>A hosted large language model you call over an API and pay per token, with no servers of your own. Cost grows with prompt and answer length.</source>
        <extracomment>kinds[25] (&quot;ml.llm_api&quot;)</extracomment>
        <translation>En hostet stor sprogmodel, som du kalder via et API og betaler for pr. token, uden egne servere. Omkostningen vokser med længden af prompt og svar.</translation>
    </message>
    <message>
        <source>LLM API</source>
        <extracomment>kinds[25] (&quot;ml.llm_api&quot;).names</extracomment>
        <translation>LLM-API</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <extracomment>kinds[25] (&quot;ml.llm_api&quot;).billing.lines[0]</extracomment>
        <translation>Input-tokens</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <extracomment>kinds[25] (&quot;ml.llm_api&quot;).billing.lines[1]</extracomment>
        <translation>Output-tokens</translation>
    </message>
    <message>
        <source>A ready-trained model you call per request for one task, such as labelling images, reading documents or finding the sentiment of text, with nothing to train or host.</source>
        <extracomment>kinds[26] (&quot;ml.ai_api&quot;)</extracomment>
        <translation>En færdigtrænet model, som du kalder pr. anmodning til én bestemt opgave, f.eks. at mærke billeder, læse dokumenter eller finde stemningen i en tekst, uden noget at træne eller hoste.</translation>
    </message>
    <message>
        <source>Pre-trained AI API</source>
        <extracomment>kinds[26] (&quot;ml.ai_api&quot;).names</extracomment>
        <translation>Fortrænet AI-API</translation>
    </message>
    <message>
        <source>API calls</source>
        <extracomment>kinds[26] (&quot;ml.ai_api&quot;).billing.lines[0]</extracomment>
        <translation>API-kald</translation>
    </message>
    <message>
        <source>Collects metrics such as CPU, latency and error rates from your services and shows them on dashboards. Connect it to every workload it watches.</source>
        <extracomment>kinds[27] (&quot;observability.monitoring&quot;)</extracomment>
        <translation>Indsamler metrikker som CPU, latenstid og fejlrater fra dine tjenester og viser dem på dashboards. Forbind den med hver arbejdsbelastning, den overvåger.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <extracomment>kinds[27] (&quot;observability.monitoring&quot;).names</extracomment>
        <translation>Overvågning</translation>
    </message>
    <message>
        <source>Custom metrics (count)</source>
        <extracomment>kinds[27] (&quot;observability.monitoring&quot;).billing.lines[0]</extracomment>
        <translation>Brugerdefinerede metrikker (antal)</translation>
    </message>
    <message>
        <source>Collects and stores application and system logs so you can search them when something goes wrong. Billed mostly per GB ingested; set a retention period.</source>
        <extracomment>kinds[28] (&quot;observability.logging&quot;)</extracomment>
        <translation>Indsamler og gemmer applikations- og systemlogs, så du kan søge i dem, når noget går galt. Afregnes hovedsageligt pr. indtaget GB; angiv en opbevaringsperiode.</translation>
    </message>
    <message>
        <source>Logging</source>
        <extracomment>kinds[28] (&quot;observability.logging&quot;).names</extracomment>
        <translation>Logning</translation>
    </message>
    <message>
        <source>Log ingestion</source>
        <extracomment>kinds[28] (&quot;observability.logging&quot;).billing.lines[0]</extracomment>
        <translation>Logindtagelse</translation>
    </message>
    <message>
        <source>Watches metrics or logs and notifies people (e-mail, chat, pager) when a threshold is crossed, e.g. when model quality drops or errors rise.</source>
        <extracomment>kinds[29] (&quot;observability.alerting&quot;)</extracomment>
        <translation>Overvåger metrikker eller logs og giver folk besked (e-mail, chat, personsøger), når en tærskel overskrides, f.eks. når modelkvaliteten falder, eller fejlene stiger.</translation>
    </message>
    <message>
        <source>Alerting</source>
        <extracomment>kinds[29] (&quot;observability.alerting&quot;).names</extracomment>
        <translation>Alarmering</translation>
    </message>
    <message>
        <source>Alarms (count)</source>
        <extracomment>kinds[29] (&quot;observability.alerting&quot;).billing.lines[0]</extracomment>
        <translation>Alarmer (antal)</translation>
    </message>
    <message>
        <source>Metric alerts (count)</source>
        <extracomment>kinds[29] (&quot;observability.alerting&quot;).billing.lines[1]</extracomment>
        <translation>Metrikalarmer (antal)</translation>
    </message>
    <message>
        <source>An identity with permissions that a workload runs as, so it can reach other services without stored passwords. Grant only what it needs (least privilege).</source>
        <extracomment>kinds[30] (&quot;security.iam&quot;)</extracomment>
        <translation>En identitet med tilladelser, som en arbejdsbelastning kører som, så den kan nå andre tjenester uden gemte adgangskoder. Giv kun de rettigheder, den har brug for (mindst mulige rettigheder).</translation>
    </message>
    <message>
        <source>Identity (IAM)</source>
        <extracomment>kinds[30] (&quot;security.iam&quot;).names</extracomment>
        <translation>Identitet (IAM)</translation>
    </message>
    <message>
        <source>IAM roles, policies and service accounts are free at every provider</source>
        <extracomment>kinds[30] (&quot;security.iam&quot;).billing</extracomment>
        <translation>IAM-roller, politikker og tjenestekonti er gratis hos alle udbydere</translation>
    </message>
    <message>
        <source>Signs in the product&apos;s own users (sign-up, passwords, social and company logins) so the app never stores passwords; not the IAM role a workload runs as.</source>
        <extracomment>kinds[31] (&quot;security.user_identity&quot;)</extracomment>
        <translation>Logger produktets egne brugere ind (tilmelding, adgangskoder, login med sociale medier og firmakonti), så appen aldrig gemmer adgangskoder; ikke den IAM-rolle, en arbejdsbelastning kører som.</translation>
    </message>
    <message>
        <source>User sign-in</source>
        <extracomment>kinds[31] (&quot;security.user_identity&quot;).names</extracomment>
        <translation>Brugerlogin</translation>
    </message>
    <message>
        <source>Keeps passwords, API keys and connection strings encrypted and hands them to workloads at run time, instead of hard-coding them. Supports rotation.</source>
        <extracomment>kinds[32] (&quot;security.secrets&quot;)</extracomment>
        <translation>Opbevarer adgangskoder, API-nøgler og forbindelsesstrenge krypteret og giver dem til arbejdsbelastninger ved kørsel i stedet for at hardkode dem. Understøtter rotation.</translation>
    </message>
    <message>
        <source>Secrets store</source>
        <extracomment>kinds[32] (&quot;security.secrets&quot;).names</extracomment>
        <translation>Hemmelighedslager</translation>
    </message>
    <message>
        <source>Secrets (count)</source>
        <extracomment>kinds[32] (&quot;security.secrets&quot;).billing.lines[0]</extracomment>
        <translation>Hemmeligheder (antal)</translation>
    </message>
    <message>
        <source>Creates and guards the encryption keys that protect data at rest in storage, databases and model artifacts, and logs every use of them.</source>
        <extracomment>kinds[33] (&quot;security.kms&quot;)</extracomment>
        <translation>Opretter og bevogter de krypteringsnøgler, der beskytter data i hvile i lagring, databaser og modelartefakter, og logger hver brug af dem.</translation>
    </message>
    <message>
        <source>Key management</source>
        <extracomment>kinds[33] (&quot;security.kms&quot;).names</extracomment>
        <translation>Nøglehåndtering</translation>
    </message>
    <message>
        <source>Keys (count)</source>
        <extracomment>kinds[33] (&quot;security.kms&quot;).billing.lines[0]</extracomment>
        <translation>Nøgler (antal)</translation>
    </message>
    <message>
        <source>A monthly spending limit that sends alerts when actual or forecast cost passes a threshold. It does not stop resources by itself.</source>
        <extracomment>kinds[34] (&quot;cost.budget&quot;)</extracomment>
        <translation>En månedlig udgiftsgrænse, der sender alarmer, når de faktiske eller forventede omkostninger passerer en tærskel. Den stopper ikke selv ressourcer.</translation>
    </message>
    <message>
        <source>Budget</source>
        <extracomment>kinds[34] (&quot;cost.budget&quot;).names</extracomment>
        <translation>Budget</translation>
    </message>
    <message>
        <source>a budget is a billing setting: Google Cloud and Azure budgets are free and AWS charges only past two budgets per account, a price the book does not have</source>
        <extracomment>kinds[34] (&quot;cost.budget&quot;).billing</extracomment>
        <translation>et budget er en faktureringsindstilling: budgetter i Google Cloud og Azure er gratis, og AWS tager kun betaling ud over to budgetter pr. konto, en pris, prislisten ikke har</translation>
    </message>
    <message>
        <source>Stores the versioned container images (and packages) your services and training jobs are deployed from.</source>
        <extracomment>kinds[35] (&quot;devops.registry&quot;)</extracomment>
        <translation>Gemmer de versionerede container-images (og pakker), som dine tjenester og træningsjob udrulles fra.</translation>
    </message>
    <message>
        <source>Container registry</source>
        <extracomment>kinds[35] (&quot;devops.registry&quot;).names</extracomment>
        <translation>Containerregister</translation>
    </message>
    <message>
        <source>Registry tier</source>
        <extracomment>kinds[35] (&quot;devops.registry&quot;).billing.lines[0]</extracomment>
        <translation>Registerniveau</translation>
    </message>
    <message>
        <source>Builds, tests and packages your code (e.g. a Docker image) on every change, billed per build minute. Requests count builds per month.</source>
        <extracomment>kinds[36] (&quot;devops.build&quot;)</extracomment>
        <translation>Bygger, tester og pakker din kode (f.eks. et Docker-image) ved hver ændring og afregnes pr. byggeminut. Anmodninger pr. måned angiver antal builds pr. måned.</translation>
    </message>
    <message>
        <source>Build service (CI)</source>
        <extracomment>kinds[36] (&quot;devops.build&quot;).names</extracomment>
        <translation>Byggetjeneste (CI)</translation>
    </message>
    <message>
        <source>Build minutes (builds x max_runtime_min)</source>
        <extracomment>kinds[36] (&quot;devops.build&quot;).billing.lines[0]</extracomment>
        <translation>Byggeminutter (builds x max_runtime_min)</translation>
    </message>
    <message>
        <source>Hosted parallel job</source>
        <extracomment>kinds[36] (&quot;devops.build&quot;).billing.lines[1]</extracomment>
        <translation>Hostet parallelt job</translation>
    </message>
    <message>
        <source>Holds messages between services so the sender does not wait for the receiver; smooths out bursts and lets work be retried. Billed per message or request.</source>
        <extracomment>kinds[37] (&quot;integration.queue&quot;)</extracomment>
        <translation>Opbevarer beskeder mellem tjenester, så afsenderen ikke venter på modtageren; udjævner spidsbelastninger og gør det muligt at prøve arbejde igen. Afregnes pr. besked eller anmodning.</translation>
    </message>
    <message>
        <source>Message queue</source>
        <extracomment>kinds[37] (&quot;integration.queue&quot;).names</extracomment>
        <translation>Beskedkø</translation>
    </message>
    <message>
        <source>Base hours</source>
        <extracomment>kinds[37] (&quot;integration.queue&quot;).billing.lines[0]</extracomment>
        <translation>Basistimer</translation>
    </message>
    <message>
        <source>Triggers jobs on a timetable, like a cloud cron, e.g. weekly retraining or a nightly export. Count is the number of scheduled jobs.</source>
        <extracomment>kinds[38] (&quot;integration.scheduler&quot;)</extracomment>
        <translation>Starter job efter en tidsplan, som en cron i skyen, f.eks. ugentlig gentræning eller en natlig eksport. Antal er antallet af planlagte job.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <extracomment>kinds[38] (&quot;integration.scheduler&quot;).names</extracomment>
        <translation>Planlægger</translation>
    </message>
    <message>
        <source>Invocations</source>
        <extracomment>kinds[38] (&quot;integration.scheduler&quot;).billing.lines[0]</extracomment>
        <translation>Kald</translation>
    </message>
    <message>
        <source>An ordered log of records (clicks, sensor readings, log lines) that many consumers read at their own pace and can replay for a while; count is the shards (AWS) or throughput units (Azure).</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;)</extracomment>
        <translation>En ordnet log af poster (klik, sensoraflæsninger, loglinjer), som mange forbrugere læser i deres eget tempo og kan afspille igen i et stykke tid; antal er shards (AWS) eller gennemløbsenheder (Azure).</translation>
    </message>
    <message>
        <source>Data stream</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;).names</extracomment>
        <translation>Datastrøm</translation>
    </message>
    <message>
        <source>Shard or throughput-unit hours</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;).billing.lines[0]</extracomment>
        <translation>Shard- eller gennemløbsenhedstimer</translation>
    </message>
    <message>
        <source>Records put</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;).billing.lines[1]</extracomment>
        <translation>Skrevne poster</translation>
    </message>
    <message>
        <source>Data published (Pub/Sub)</source>
        <extracomment>kinds[39] (&quot;integration.stream&quot;).billing.lines[2]</extracomment>
        <translation>Publicerede data (Pub/Sub)</translation>
    </message>
    <message>
        <source>Runs data pipelines that extract data, transform it and load it into a store or warehouse, in batches or from a stream; count is the workers, hours the time they run a month.</source>
        <extracomment>kinds[40] (&quot;integration.etl&quot;)</extracomment>
        <translation>Kører datapipelines, der udtrækker data, transformerer dem og indlæser dem i et lager eller datavarehus, i batches eller fra en stream; antal er workers, timer er den tid, de kører pr. måned.</translation>
    </message>
    <message>
        <source>Data pipeline (ETL)</source>
        <extracomment>kinds[40] (&quot;integration.etl&quot;).names</extracomment>
        <translation>Datapipeline (ETL)</translation>
    </message>
    <message>
        <source>Worker hours (count x hours)</source>
        <extracomment>kinds[40] (&quot;integration.etl&quot;).billing.lines[0]</extracomment>
        <translation>Worker-timer (antal x timer)</translation>
    </message>
    <message>
        <source>Connects devices over MQTT or HTTPS, checks each device&apos;s identity and routes its messages to other services (Google Cloud IoT Core was retired in August 2023).</source>
        <extracomment>kinds[41] (&quot;integration.iot&quot;)</extracomment>
        <translation>Forbinder enheder over MQTT eller HTTPS, kontrollerer hver enheds identitet og sender dens beskeder videre til andre tjenester (Google Cloud IoT Core blev lukket i august 2023).</translation>
    </message>
    <message>
        <source>IoT hub</source>
        <extracomment>kinds[41] (&quot;integration.iot&quot;).names</extracomment>
        <translation>IoT-hub</translation>
    </message>
    <message>
        <source>Device messages</source>
        <extracomment>kinds[41] (&quot;integration.iot&quot;).billing.lines[0]</extracomment>
        <translation>Enhedsbeskeder</translation>
    </message>
    <message>
        <source>People or client apps on the internet who use the product; the entry point of the traffic. Set their requests per month to drive the estimate.</source>
        <extracomment>kinds[42] (&quot;external.users&quot;)</extracomment>
        <translation>Personer eller klientapps på internettet, der bruger produktet; det er her, trafikken kommer ind. Angiv deres anmodninger pr. måned for at styre estimatet.</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>kinds[42] (&quot;external.users&quot;).names</extracomment>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>people and clients outside the cloud account are not billed</source>
        <extracomment>kinds[42] (&quot;external.users&quot;).billing</extracomment>
        <translation>personer og klienter uden for cloudkontoen faktureres ikke</translation>
    </message>
    <message>
        <source>An application outside this architecture that calls it or is called by it, for example a CRM dashboard or a partner system.</source>
        <extracomment>kinds[43] (&quot;external.app&quot;)</extracomment>
        <translation>En applikation uden for denne arkitektur, der kalder den eller bliver kaldt af den, f.eks. et CRM-dashboard eller et partnersystem.</translation>
    </message>
    <message>
        <source>External app</source>
        <extracomment>kinds[43] (&quot;external.app&quot;).names</extracomment>
        <translation>Ekstern app</translation>
    </message>
    <message>
        <source>an outside application is not billed in this architecture</source>
        <extracomment>kinds[43] (&quot;external.app&quot;).billing</extracomment>
        <translation>en ekstern applikation faktureres ikke i denne arkitektur</translation>
    </message>
    <message>
        <source>Region</source>
        <extracomment>groupKinds[0]</extracomment>
        <translation>Region</translation>
    </message>
    <message>
        <source>A geographic area with its own data centres, e.g. us-east-1. Data and latency stay local to it.</source>
        <extracomment>groupKinds[0]</extracomment>
        <translation>Et geografisk område med egne datacentre, f.eks. us-east-1. Data og latenstid holdes lokalt i det.</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <extracomment>groupKinds[1]</extracomment>
        <translation>Tilgængelighedszone</translation>
    </message>
    <message>
        <source>An isolated data centre inside a region. Spreading a tier over two or more zones survives one zone failing.</source>
        <extracomment>groupKinds[1]</extracomment>
        <translation>Et isoleret datacenter i en region. Fordeles et niveau over to eller flere zoner, overlever det, at én zone svigter.</translation>
    </message>
    <message>
        <source>VPC</source>
        <extracomment>groupKinds[2]</extracomment>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Your private network in the cloud; resources inside it talk over private addresses and are shielded from the internet.</source>
        <extracomment>groupKinds[2]</extracomment>
        <translation>Dit private netværk i skyen; ressourcer i det kommunikerer over private adresser og er afskærmet fra internettet.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <extracomment>groupKinds[3]</extracomment>
        <translation>Undernet</translation>
    </message>
    <message>
        <source>A range of addresses inside a VPC. A public subnet has a route to the internet; keep databases and storage in private ones.</source>
        <extracomment>groupKinds[3]</extracomment>
        <translation>Et adresseområde i en VPC. Et offentligt undernet har en rute til internettet; hold databaser og lagring i private undernet.</translation>
    </message>
    <message>
        <source>Environment</source>
        <extracomment>groupKinds[4]</extracomment>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>A separate copy of the system for one stage, dev, staging or prod, ideally in its own account or project.</source>
        <extracomment>groupKinds[4]</extracomment>
        <translation>En separat kopi af systemet til én fase – dev, staging eller prod – helst i sin egen konto eller sit eget projekt.</translation>
    </message>
    <message>
        <source>Request</source>
        <extracomment>edgeKinds[0]</extracomment>
        <translation>Anmodning</translation>
    </message>
    <message>
        <source>A synchronous call: the caller waits for the answer.</source>
        <extracomment>edgeKinds[0]</extracomment>
        <translation>Et synkront kald: kalderen venter på svaret.</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>edgeKinds[1]</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reads or writes data.</source>
        <extracomment>edgeKinds[1]</extracomment>
        <translation>Læser eller skriver data.</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>edgeKinds[2]</extracomment>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Triggers the target asynchronously; the sender does not wait.</source>
        <extracomment>edgeKinds[2]</extracomment>
        <translation>Udløser målet asynkront; afsenderen venter ikke.</translation>
    </message>
    <message>
        <source>Control</source>
        <extracomment>edgeKinds[3]</extracomment>
        <translation>Styring</translation>
    </message>
    <message>
        <source>Governs the target: IAM to workload, monitoring or alerting to what it watches, budget to what it limits.</source>
        <extracomment>edgeKinds[3]</extracomment>
        <translation>Styrer målet: IAM til en arbejdsbelastning, overvågning eller alarmering til det, den overvåger, et budget til det, det begrænser.</translation>
    </message>
    <message>
        <source>A geographic region of the provider; holds zones and VPCs.</source>
        <extracomment>paletteGroups[0] (&quot;region&quot;)</extracomment>
        <translation>En geografisk region hos udbyderen; indeholder zoner og VPC&apos;er.</translation>
    </message>
    <message>
        <source>An isolated data centre inside a region; spread serving across two or more.</source>
        <extracomment>paletteGroups[1] (&quot;zone&quot;)</extracomment>
        <translation>Et isoleret datacenter i en region; fordel trafikken over to eller flere.</translation>
    </message>
    <message>
        <source>A private network of your own; subnets divide it.</source>
        <extracomment>paletteGroups[2] (&quot;vpc&quot;)</extracomment>
        <translation>Dit eget private netværk; undernet opdeler det.</translation>
    </message>
    <message>
        <source>Reachable from the internet: load balancers and gateways, not databases.</source>
        <extracomment>paletteGroups[3] (&quot;subnet:public&quot;)</extracomment>
        <translation>Kan nås fra internettet: load balancere og gateways, ikke databaser.</translation>
    </message>
    <message>
        <source>Private subnet</source>
        <extracomment>paletteGroups[4] (&quot;subnet:private&quot;)</extracomment>
        <translation>Privat undernet</translation>
    </message>
    <message>
        <source>Not reachable from the internet: workloads and data stores.</source>
        <extracomment>paletteGroups[4] (&quot;subnet:private&quot;)</extracomment>
        <translation>Kan ikke nås fra internettet: arbejdsbelastninger og datalagre.</translation>
    </message>
    <message>
        <source>A stage such as dev, staging or prod, kept apart from the others.</source>
        <extracomment>paletteGroups[5] (&quot;environment&quot;)</extracomment>
        <translation>En fase som dev, staging eller prod, holdt adskilt fra de andre.</translation>
    </message>
</context>
<context>
    <name>RuleBookData</name>
    <message>
        <source>Workload without IAM</source>
        <extracomment>rule missing-iam</extracomment>
        <translation>Arbejdsbelastning uden IAM</translation>
    </message>
    <message>
        <source>A workload (VM, container, function, training job, notebook, endpoint, pipeline, ETL job, build) reads or writes a data store (a data or a request edge joins them), and no IAM role governs it (no control edge between an IAM node and the workload or a group it is in). A user sign-in service (Cognito, Identity Platform, Entra ID) signs people in and is not an IAM role.</source>
        <extracomment>rule missing-iam</extracomment>
        <translation>En arbejdsbelastning (VM, container, funktion, træningsjob, notebook, endpoint, pipeline, ETL-job, build) læser eller skriver et datalager (en data- eller anmodningsforbindelse forbinder dem), og ingen IAM-rolle styrer den (ingen styringsforbindelse mellem en IAM-node og arbejdsbelastningen eller en gruppe, den ligger i). En login-tjeneste til brugere (Cognito, Identity Platform, Entra ID) logger personer ind og er ikke en IAM-rolle.</translation>
    </message>
    <message>
        <source>Without an explicit identity a workload runs with whatever credentials happen to be around, usually too many; permissions are the first thing that goes wrong in the cloud.</source>
        <extracomment>rule missing-iam</extracomment>
        <translation>Uden en eksplicit identitet kører en arbejdsbelastning med de legitimationsoplysninger, der tilfældigvis er ved hånden, som regel alt for mange; tilladelser er det første, der går galt i skyen.</translation>
    </message>
    <message>
        <source>Add an IAM role (or service account) and connect it to the workload with a control edge; grant it only the data it needs.</source>
        <extracomment>rule missing-iam</extracomment>
        <translation>Tilføj en IAM-rolle (eller en tjenestekonto), og forbind den med arbejdsbelastningen med en styringsforbindelse; giv den kun adgang til de data, den har brug for.</translation>
    </message>
    <message>
        <source>No secret manager</source>
        <extracomment>rule missing-secrets</extracomment>
        <translation>Intet hemmelighedslager</translation>
    </message>
    <message>
        <source>A database or an LLM API is used (has an edge), or something in the diagram calls an outside application&apos;s API (an edge into an external app from inside), and the diagram has no secret manager. An outside app that only calls in needs no credentials from us.</source>
        <extracomment>rule missing-secrets</extracomment>
        <translation>En database eller et LLM-API bruges (har en forbindelse), eller noget i diagrammet kalder en ekstern applikations API (en forbindelse indefra til en ekstern app), og diagrammet har intet hemmelighedslager. En ekstern app, der kun kalder ind, kræver ingen legitimationsoplysninger fra os.</translation>
    </message>
    <message>
        <source>Database passwords and API keys end up in code, images or environment variables, where they leak and never rotate.</source>
        <extracomment>rule missing-secrets</extracomment>
        <translation>Databaseadgangskoder og API-nøgler ender i kode, images eller miljøvariabler, hvor de lækker og aldrig bliver roteret.</translation>
    </message>
    <message>
        <source>Add a secret manager and connect the workloads that use the database or API to it; keep credentials there, not in code.</source>
        <extracomment>rule missing-secrets</extracomment>
        <translation>Tilføj et hemmelighedslager, og forbind de arbejdsbelastninger, der bruger databasen eller API&apos;et, med det; opbevar legitimationsoplysninger der, ikke i koden.</translation>
    </message>
    <message>
        <source>Serving path without monitoring</source>
        <extracomment>rule no-observability</extracomment>
        <translation>Anmodningssti uden overvågning</translation>
    </message>
    <message>
        <source>Users or an outside app send requests into the diagram, and no node on one of the request flows is connected to monitoring or logging. A flow is the set of services joined by request and event edges that requests reach; two products behind different entry points are two flows, each needing its own.</source>
        <extracomment>rule no-observability</extracomment>
        <translation>Brugere eller en ekstern app sender anmodninger ind i diagrammet, og ingen node på et af anmodningsflowene er forbundet med overvågning eller logning. Et flow er de tjenester, som anmodningerne når via anmodnings- og hændelsesforbindelser; to produkter bag hver sin indgang er to flows, og hvert skal have sin egen.</translation>
    </message>
    <message>
        <source>The first incident is then also the first time anyone looks; without metrics and logs nobody can tell what broke or when.</source>
        <extracomment>rule no-observability</extracomment>
        <translation>Det første nedbrud bliver så også første gang, nogen kigger; uden metrikker og logs kan ingen se, hvad der gik i stykker, eller hvornår.</translation>
    </message>
    <message>
        <source>Add monitoring (and logging) and connect it to the services on the request path with control edges.</source>
        <extracomment>rule no-observability</extracomment>
        <translation>Tilføj overvågning (og logning), og forbind den med tjenesterne på anmodningsstien med styringsforbindelser.</translation>
    </message>
    <message>
        <source>No budget or cost alert</source>
        <extracomment>rule no-cost-controls</extracomment>
        <translation>Hverken budget eller omkostningsalarm</translation>
    </message>
    <message>
        <source>Paid services (or GPUs) run, and no budget watches them: a cost.budget node counts only when it sets a monthly_limit and has a control edge (either direction) to a paid node or to a group holding one. A budget without a limit, or joined to nothing that costs money, fires and is named.</source>
        <extracomment>rule no-cost-controls</extracomment>
        <translation>Betalte tjenester (eller GPU&apos;er) kører, og intet budget holder øje med dem: en cost.budget-node tæller kun, når den angiver en monthly_limit og har en styringsforbindelse (i en af retningerne) til en betalt node eller til en gruppe, der indeholder en. Et budget uden grænse, eller som ikke er forbundet med noget, der koster penge, udløser reglen og nævnes ved navn.</translation>
    </message>
    <message>
        <source>Expensive resources left running are the classic cloud bill surprise; a budget with an alert catches it within days, not at the end of the month.</source>
        <extracomment>rule no-cost-controls</extracomment>
        <translation>Dyre ressourcer, der bliver ved med at køre, er den klassiske overraskelse på cloudregningen; et budget med en alarm fanger det inden for få dage, ikke først ved månedens udgang.</translation>
    </message>
    <message>
        <source>Add a budget with a monthly limit and an alert, and connect it to what it watches. The quick fix asks for the limit, proposing month 1&apos;s estimate plus 20% rounded up to two significant figures (at least $10), and adds the budget beside the diagram.</source>
        <extracomment>rule no-cost-controls</extracomment>
        <translation>Tilføj et budget med en månedlig grænse og en alarm, og forbind det med det, det holder øje med. Den hurtige rettelse spørger efter grænsen, foreslår estimatet for måned 1 plus 20 % rundet op til to betydende cifre (mindst $10) og tilføjer budgettet ved siden af diagrammet.</translation>
    </message>
    <message>
        <source>Estimate breaks the budget</source>
        <extracomment>rule budget-exceeded</extracomment>
        <translation>Estimatet overskrider budgettet</translation>
    </message>
    <message>
        <source>The cost projection (docs/cost.md) passes the monthly limit of the diagram&apos;s budgets within their horizon: the limits of all cost.budget nodes that set one add up, and the projection runs as many months as the longest budget_horizon_months (12 unless set). The message names the first month over and its total; when nodes are unpriced it says the estimate leaves them out.</source>
        <extracomment>rule budget-exceeded</extracomment>
        <translation>Omkostningsfremskrivningen (docs/cost.md) overstiger den månedlige grænse for diagrammets budgetter inden for deres horisont: grænserne for alle cost.budget-noder, der angiver en, lægges sammen, og fremskrivningen løber over lige så mange måneder som den længste budget_horizon_months (12, medmindre andet er angivet). Meddelelsen nævner den første måned over grænsen og dens total; når noder ikke har nogen pris, siger den, at estimatet udelader dem.</translation>
    </message>
    <message>
        <source>A budget the design already breaks alerts every month from the start, and alerts that always fire are ignored; growth that crosses it later is a decision to make now, not a surprise.</source>
        <extracomment>rule budget-exceeded</extracomment>
        <translation>Et budget, som designet allerede overskrider, giver alarm hver måned fra starten, og alarmer, der altid udløses, bliver ignoreret; vækst, der krydser det senere, er en beslutning, der skal træffes nu, ikke en overraskelse.</translation>
    </message>
    <message>
        <source>Raise the limit to what the design costs, or change the design (smaller instances, reservations, less growth) until the projection stays under it.</source>
        <extracomment>rule budget-exceeded</extracomment>
        <translation>Hæv grænsen til det, designet koster, eller ændr designet (mindre instanser, reservationer, mindre vækst), indtil fremskrivningen holder sig under den.</translation>
    </message>
    <message>
        <source>Operational and analytical data mixed</source>
        <extracomment>rule mixed-data-stores</extracomment>
        <translation>Drifts- og analysedata blandet sammen</translation>
    </message>
    <message>
        <source>One transactional store (SQL, NoSQL, cache) serves the product and is also used directly by training, notebooks, ML pipelines or batch jobs. A warehouse or other store fed from it (export, replica, change-data-capture, an ETL job) is the separate copy the fix asks for, and does not fire.</source>
        <extracomment>rule mixed-data-stores</extracomment>
        <translation>Ét transaktionelt lager (SQL, NoSQL, cache) betjener produktet og bruges også direkte af træning, notebooks, ML-pipelines eller batchjob. Et datavarehus eller et andet lager, der fødes fra det (eksport, replika, change data capture, et ETL-job), er den separate kopi, som rettelsen beder om, og udløser ikke reglen.</translation>
    </message>
    <message>
        <source>Analytical reads slow the product down and tie training to the live schema; a copy for analysis keeps both safe.</source>
        <extracomment>rule mixed-data-stores</extracomment>
        <translation>Analytiske læsninger gør produktet langsommere og binder træningen til produktionsskemaet; en kopi til analyse beskytter begge dele.</translation>
    </message>
    <message>
        <source>Copy the data into object storage, a warehouse or a feature store (export, replica or change-data-capture) and let training read that.</source>
        <extracomment>rule mixed-data-stores</extracomment>
        <translation>Kopiér dataene til objektlager, et datavarehus eller et feature store (eksport, replika eller change data capture), og lad træningen læse derfra.</translation>
    </message>
    <message>
        <source>Too many services, or services off the request flow</source>
        <extracomment>rule too-many-services</extracomment>
        <translation>For mange tjenester eller tjenester uden for anmodningsflowet</translation>
    </message>
    <message>
        <source>More than 12 kinds of paid service carry the product (services that govern, watch or build it, such as IAM, secrets, keys, monitoring, budgets and CI, are not counted), or services that no request flow from users or an outside app reaches (a firewall governing something on a flow is on it), or no users or outside app at all.</source>
        <extracomment>rule too-many-services</extracomment>
        <translation>Mere end 12 slags betalte tjenester bærer produktet (tjenester, der styrer, overvåger eller bygger det, såsom IAM, hemmeligheder, nøgler, overvågning, budgetter og CI, tælles ikke med), eller der er tjenester, som intet anmodningsflow fra brugere eller en ekstern app når (en firewall, der styrer noget på et flow, hører til flowet), eller der er slet ingen brugere eller ekstern app.</translation>
    </message>
    <message>
        <source>Choosing services before the request flow is understood leads to systems nobody can explain or afford to run.</source>
        <extracomment>rule too-many-services</extracomment>
        <translation>At vælge tjenester, før anmodningsflowet er forstået, fører til systemer, som ingen kan forklare eller har råd til at drive.</translation>
    </message>
    <message>
        <source>Start from who uses the product and follow the requests; remove or connect what is not on that flow.</source>
        <extracomment>rule too-many-services</extracomment>
        <translation>Start med, hvem der bruger produktet, og følg anmodningerne; fjern eller forbind det, der ikke er på det flow.</translation>
    </message>
    <message>
        <source>Database reachable from the internet</source>
        <extracomment>rule public-database</extracomment>
        <translation>Database, der kan nås fra internettet</translation>
    </message>
    <message>
        <source>A database sits in a public subnet, or users reach it directly with an edge. (An outside application that owns a database, as a CRM owns its own, is not flagged.)</source>
        <extracomment>rule public-database</extracomment>
        <translation>En database ligger i et offentligt undernet, eller brugere når den direkte via en forbindelse. (En ekstern applikation, der ejer en database, sådan som et CRM ejer sin egen, markeres ikke.)</translation>
    </message>
    <message>
        <source>A database in a public subnet is one misconfigured rule away from the whole internet; data stores belong in private subnets behind the application.</source>
        <extracomment>rule public-database</extracomment>
        <translation>En database i et offentligt undernet er kun én fejlkonfigureret regel fra hele internettet; datalagre hører hjemme i private undernet bag applikationen.</translation>
    </message>
    <message>
        <source>Move the database into a private subnet and let only the application reach it; remove any edge from users straight to it.</source>
        <extracomment>rule public-database</extracomment>
        <translation>Flyt databasen ind i et privat undernet, og lad kun applikationen nå den; fjern alle forbindelser direkte fra brugere til den.</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <extracomment>rule single-point-of-failure</extracomment>
        <translation>Enkeltstående fejlpunkt</translation>
    </message>
    <message>
        <source>Reliability is critical, and a service users need runs on one replica or in one zone (not multi-AZ, not spread over two zone groups). The services users need are those on the request flow and the databases they read or write. Nodes of the same kind joined to the same neighbours count as replicas of one service, so one node per zone group is a spread service.</source>
        <extracomment>rule single-point-of-failure</extracomment>
        <translation>Pålidelighed er kritisk, og en tjeneste, som brugerne har brug for, kører på én replika eller i én zone (ikke multi-AZ, ikke fordelt over to zonegrupper). De tjenester, brugerne har brug for, er dem på anmodningsflowet og de databaser, de læser fra eller skriver til. Noder af samme slags, der er forbundet med de samme naboer, tæller som replikaer af én tjeneste, så én node pr. zonegruppe er en fordelt tjeneste.</translation>
    </message>
    <message>
        <source>One machine or one data centre going down takes the product down with it.</source>
        <extracomment>rule single-point-of-failure</extracomment>
        <translation>Går én maskine eller ét datacenter ned, tager det produktet med sig.</translation>
    </message>
    <message>
        <source>Run two or more replicas across zones (multi-AZ), and put databases in multi-AZ mode.</source>
        <extracomment>rule single-point-of-failure</extracomment>
        <translation>Kør to eller flere replikaer fordelt over zoner (multi-AZ), og sæt databaser i multi-AZ-tilstand.</translation>
    </message>
    <message>
        <source>Work that does not fit serverless</source>
        <extracomment>rule serverless-misfit</extracomment>
        <translation>Arbejde, der ikke passer til serverless</translation>
    </message>
    <message>
        <source>A function does GPU work, runs longer than 15 minutes (max_runtime_min, else its usual duration_ms), or takes a constant high load (100 million requests a month or more).</source>
        <extracomment>rule serverless-misfit</extracomment>
        <translation>En funktion udfører GPU-arbejde, kører længere end 15 minutter (max_runtime_min, ellers dens normale duration_ms) eller har en konstant høj belastning (100 millioner anmodninger om måneden eller mere).</translation>
    </message>
    <message>
        <source>Functions cannot use GPUs, stop after 15 minutes, and cost more than a container or VM under steady load.</source>
        <extracomment>rule serverless-misfit</extracomment>
        <translation>Funktioner kan ikke bruge GPU&apos;er, stopper efter 15 minutter og koster mere end en container eller VM ved jævn belastning.</translation>
    </message>
    <message>
        <source>Move GPU and long jobs to batch, training or GPU VMs; move steady high load to containers or VMs.</source>
        <extracomment>rule serverless-misfit</extracomment>
        <translation>Flyt GPU-arbejde og lange job til batch, træning eller GPU-VM&apos;er; flyt jævn, høj belastning til containere eller VM&apos;er.</translation>
    </message>
    <message>
        <source>Spot capacity on the user path</source>
        <extracomment>rule spot-for-serving</extracomment>
        <translation>Spot-kapacitet på brugerstien</translation>
    </message>
    <message>
        <source>A service users wait on (reached from users or an outside app by request edges alone) runs on spot or preemptible pricing. Work a queue or an event starts is not on that path.</source>
        <extracomment>rule spot-for-serving</extracomment>
        <translation>En tjeneste, som brugerne venter på (nås fra brugere eller en ekstern app udelukkende via anmodningsforbindelser), kører med spot- eller preemptible-priser. Arbejde, som en kø eller en hændelse starter, er ikke på den sti.</translation>
    </message>
    <message>
        <source>The provider can take spot capacity back with a minute&apos;s notice; users then see errors.</source>
        <extracomment>rule spot-for-serving</extracomment>
        <translation>Udbyderen kan tage spot-kapacitet tilbage med et minuts varsel; så ser brugerne fejl.</translation>
    </message>
    <message>
        <source>Use on-demand or reserved capacity for serving; keep spot for fault-tolerant batch jobs and training.</source>
        <extracomment>rule spot-for-serving</extracomment>
        <translation>Brug on-demand eller reserveret kapacitet til at betjene brugere; behold spot til fejltolerante batchjob og træning.</translation>
    </message>
    <message>
        <source>Model endpoint without a quality alert</source>
        <extracomment>rule no-model-monitoring</extracomment>
        <translation>Model-endpoint uden kvalitetsalarm</translation>
    </message>
    <message>
        <source>A model endpoint has no alert connected to it, directly or through a monitor that watches it (an edge of any kind, to the endpoint or a group it is in).</source>
        <extracomment>rule no-model-monitoring</extracomment>
        <translation>Et model-endpoint har ingen alarm forbundet med sig, hverken direkte eller gennem en overvågning, der holder øje med det (en forbindelse af enhver art til endpointet eller til en gruppe, det ligger i).</translation>
    </message>
    <message>
        <source>Models degrade silently as data drifts; without an alert on quality nobody notices until the business does.</source>
        <extracomment>rule no-model-monitoring</extracomment>
        <translation>Modeller forringes i det stille, når data ændrer sig; uden en alarm på kvaliteten opdager ingen det, før forretningen gør.</translation>
    </message>
    <message>
        <source>Connect monitoring to the endpoint and an alert to that monitoring, on a model-quality metric.</source>
        <extracomment>rule no-model-monitoring</extracomment>
        <translation>Forbind overvågning med endpointet og en alarm med den overvågning, på en metrik for modelkvalitet.</translation>
    </message>
    <message>
        <source>Workload reached straight from the internet</source>
        <extracomment>rule direct-internet-to-compute</extracomment>
        <translation>Arbejdsbelastning, der kan nås direkte fra internettet</translation>
    </message>
    <message>
        <source>Users or an outside app send requests or events straight to a workload or model endpoint (VM, container, function, notebook, training, endpoint, pipeline), with no load balancer, API gateway, CDN or WAF in between.</source>
        <extracomment>rule direct-internet-to-compute</extracomment>
        <translation>Brugere eller en ekstern app sender anmodninger eller hændelser direkte til en arbejdsbelastning eller et model-endpoint (VM, container, funktion, notebook, træning, endpoint, pipeline) uden load balancer, API-gateway, CDN eller WAF imellem.</translation>
    </message>
    <message>
        <source>A workload that takes traffic straight from the internet has its own address open to everyone: no TLS termination, rate limiting or request filtering stands in front of it, and every scan and attack reaches the code.</source>
        <extracomment>rule direct-internet-to-compute</extracomment>
        <translation>En arbejdsbelastning, der tager imod trafik direkte fra internettet, har sin egen adresse åben for alle: ingen TLS-terminering, hastighedsbegrænsning eller filtrering af anmodninger står foran den, og hver scanning og hvert angreb når helt ind til koden.</translation>
    </message>
    <message>
        <source>Put a load balancer, API gateway or CDN (with a WAF) in front of the workload, let users call that, and keep the workload in a private subnet.</source>
        <extracomment>rule direct-internet-to-compute</extracomment>
        <translation>Sæt en load balancer, API-gateway eller CDN (med en WAF) foran arbejdsbelastningen, lad brugerne kalde den, og hold arbejdsbelastningen i et privat undernet.</translation>
    </message>
    <message>
        <source>ML workload outside a VPC</source>
        <extracomment>rule ml-outside-vpc</extracomment>
        <translation>ML-arbejdsbelastning uden for en VPC</translation>
    </message>
    <message>
        <source>A notebook, training job or model endpoint sits in no VPC (and no subnet) group.</source>
        <extracomment>rule ml-outside-vpc</extracomment>
        <translation>En notebook, et træningsjob eller et model-endpoint ligger hverken i en VPC-gruppe eller en undernetgruppe.</translation>
    </message>
    <message>
        <source>Outside a VPC the job runs on the provider&apos;s shared network with a direct route to the internet: training data and models can leave, and nothing but credentials stands between the internet and the notebook.</source>
        <extracomment>rule ml-outside-vpc</extracomment>
        <translation>Uden for en VPC kører jobbet på udbyderens delte netværk med en direkte rute til internettet: træningsdata og modeller kan slippe ud, og kun legitimationsoplysninger står mellem internettet og notebooken.</translation>
    </message>
    <message>
        <source>Put notebooks, training and endpoints in a private subnet of a VPC, reach storage through VPC endpoints, and turn on network isolation for training and models.</source>
        <extracomment>rule ml-outside-vpc</extracomment>
        <translation>Placér notebooks, træning og endpoints i et privat undernet i en VPC, nå lagring via VPC-endpoints, og slå netværksisolation til for træning og modeller.</translation>
    </message>
    <message>
        <source>Data store without an encryption key</source>
        <extracomment>rule data-store-without-key</extracomment>
        <translation>Datalager uden krypteringsnøgle</translation>
    </message>
    <message>
        <source>A data store (object, block or file storage, a database, a feature store or a model registry) has no edge to a key management service (KMS) node, neither itself nor a group it is in.</source>
        <extracomment>rule data-store-without-key</extracomment>
        <translation>Et datalager (objekt-, blok- eller fillager, en database, et feature store eller et modelregister) har ingen forbindelse til en KMS-node (key management service), hverken selv eller via en gruppe, det ligger i.</translation>
    </message>
    <message>
        <source>Data at rest should be encrypted with a key the team controls, can rotate and can revoke; without a key in the design nobody decides who may read the data on disk or in a snapshot.</source>
        <extracomment>rule data-store-without-key</extracomment>
        <translation>Data i hvile bør krypteres med en nøgle, som teamet styrer, kan rotere og kan tilbagekalde; uden en nøgle i designet bestemmer ingen, hvem der må læse dataene på disken eller i et snapshot.</translation>
    </message>
    <message>
        <source>Add a KMS node and connect it to the stores it encrypts (or to the group that holds them); use customer-managed keys where the data is sensitive.</source>
        <extracomment>rule data-store-without-key</extracomment>
        <translation>Tilføj en KMS-node, og forbind den med de lagre, den krypterer (eller med den gruppe, der indeholder dem); brug kundeadministrerede nøgler, hvor dataene er følsomme.</translation>
    </message>
    <message>
        <source>Stateful store without backups</source>
        <extracomment>rule no-backup</extracomment>
        <translation>Tilstandsfuldt lager uden backup</translation>
    </message>
    <message>
        <source>A SQL or NoSQL database, or block or file storage, does not have the `backup` property set to true.</source>
        <extracomment>rule no-backup</extracomment>
        <translation>En SQL- eller NoSQL-database eller et blok- eller fillager har ikke egenskaben `backup` sat til true.</translation>
    </message>
    <message>
        <source>A bad migration, a buggy job or a deleted table destroys data that no replica can bring back; only a backup or point-in-time recovery can, and only if restores are tested.</source>
        <extracomment>rule no-backup</extracomment>
        <translation>En fejlslagen migrering, et fejlbehæftet job eller en slettet tabel ødelægger data, som ingen replika kan bringe tilbage; det kan kun en backup eller gendannelse til et bestemt tidspunkt, og kun hvis gendannelser bliver testet.</translation>
    </message>
    <message>
        <source>Turn on automatic backups or point-in-time recovery (set `backup` to true), keep them for as long as the business needs, and test a restore now and then.</source>
        <extracomment>rule no-backup</extracomment>
        <translation>Slå automatisk backup eller gendannelse til et bestemt tidspunkt til (sæt `backup` til true), behold dem så længe, forretningen har brug for, og test en gendannelse en gang imellem.</translation>
    </message>
    <message>
        <source>Monitoring without alerts</source>
        <extracomment>rule monitoring-without-alerts</extracomment>
        <translation>Overvågning uden alarmer</translation>
    </message>
    <message>
        <source>A monitoring node has no alerting node connected to it.</source>
        <extracomment>rule monitoring-without-alerts</extracomment>
        <translation>En overvågningsnode har ingen alarmeringsnode forbundet med sig.</translation>
    </message>
    <message>
        <source>Metrics that nobody is told about are read only after the incident; an alert on the ones that matter turns monitoring into action.</source>
        <extracomment>rule monitoring-without-alerts</extracomment>
        <translation>Metrikker, som ingen får besked om, bliver først læst efter nedbruddet; en alarm på dem, der betyder noget, gør overvågning til handling.</translation>
    </message>
    <message>
        <source>Connect an alerting node (alarms and notifications) to the monitoring, on the metrics that need a person: errors, latency, cost, model quality.</source>
        <extracomment>rule monitoring-without-alerts</extracomment>
        <translation>Forbind en alarmeringsnode (alarmer og notifikationer) med overvågningen, på de metrikker, der kræver en person: fejl, latenstid, omkostninger, modelkvalitet.</translation>
    </message>
    <message>
        <source>Containers without a registry</source>
        <extracomment>rule containers-without-registry</extracomment>
        <translation>Containere uden register</translation>
    </message>
    <message>
        <source>A Kubernetes cluster or container service has no edge to a container registry.</source>
        <extracomment>rule containers-without-registry</extracomment>
        <translation>En Kubernetes-klynge eller en containertjeneste har ingen forbindelse til et containerregister.</translation>
    </message>
    <message>
        <source>Images pulled from a laptop or a public registry are neither versioned nor scanned; a private registry is what makes a deployment repeatable and traceable.</source>
        <extracomment>rule containers-without-registry</extracomment>
        <translation>Images, der hentes fra en bærbar eller et offentligt register, er hverken versionerede eller scannede; et privat register er det, der gør en udrulning gentagelig og sporbar.</translation>
    </message>
    <message>
        <source>Add a container registry (ECR, Artifact Registry, Container Registry), push the images your build makes to it, and connect it to the clusters and services that pull them.</source>
        <extracomment>rule containers-without-registry</extracomment>
        <translation>Tilføj et containerregister (ECR, Artifact Registry, Container Registry), push de images, dit build laver, til det, og forbind det med de klynger og tjenester, der henter dem.</translation>
    </message>
    <message>
        <source>Node connected to nothing</source>
        <extracomment>rule orphan-node</extracomment>
        <translation>Node uden forbindelser</translation>
    </message>
    <message>
        <source>A node has no edge at all. A budget is left out: it watches the whole bill, so it needs no edge.</source>
        <extracomment>rule orphan-node</extracomment>
        <translation>En node har ingen forbindelser overhovedet. Et budget er undtaget: det holder øje med hele regningen, så det behøver ingen forbindelse.</translation>
    </message>
    <message>
        <source>A service that nothing calls and that calls nothing is either forgotten in the diagram or forgotten in the account, where it still costs money.</source>
        <extracomment>rule orphan-node</extracomment>
        <translation>En tjeneste, som intet kalder, og som ikke selv kalder noget, er enten glemt i diagrammet eller glemt i kontoen, hvor den stadig koster penge.</translation>
    </message>
    <message>
        <source>Connect the node to what uses it or what it governs, or remove it.</source>
        <extracomment>rule orphan-node</extracomment>
        <translation>Forbind noden med det, der bruger den, eller det, den styrer, eller fjern den.</translation>
    </message>
    <message>
        <source>Data crosses environments</source>
        <extracomment>rule cross-environment-data</extracomment>
        <translation>Data krydser miljøer</translation>
    </message>
    <message>
        <source>A data edge joins nodes in two different environment groups, and one of them is prod (stage `prod`).</source>
        <extracomment>rule cross-environment-data</extracomment>
        <translation>En dataforbindelse forbinder noder i to forskellige miljøgrupper, og den ene af dem er prod (fase `prod`).</translation>
    </message>
    <message>
        <source>Dev and staging code that reads or writes production data can corrupt or leak it, and defeats the point of separate environments; two prod environments sharing data are coupled in ways nobody planned.</source>
        <extracomment>rule cross-environment-data</extracomment>
        <translation>Dev- og staging-kode, der læser eller skriver produktionsdata, kan ødelægge eller lække dem og underminerer formålet med adskilte miljøer; to prod-miljøer, der deler data, er koblet sammen på måder, ingen har planlagt.</translation>
    </message>
    <message>
        <source>Give each environment its own data; copy anonymised or sampled production data into dev and staging through a controlled export instead of connecting them to prod.</source>
        <extracomment>rule cross-environment-data</extracomment>
        <translation>Giv hvert miljø sine egne data; kopiér anonymiserede eller udvalgte produktionsdata til dev og staging via en kontrolleret eksport i stedet for at forbinde dem med prod.</translation>
    </message>
    <message>
        <source>Storage traffic through a NAT gateway</source>
        <extracomment>rule nat-for-storage-traffic</extracomment>
        <translation>Lagringstrafik gennem en NAT-gateway</translation>
    </message>
    <message>
        <source>A NAT gateway has an edge to object storage or a NoSQL database.</source>
        <extracomment>rule nat-for-storage-traffic</extracomment>
        <translation>En NAT-gateway har en forbindelse til objektlager eller en NoSQL-database.</translation>
    </message>
    <message>
        <source>A NAT gateway charges per GB it processes (on AWS $0.045 per GB on top of $0.045 an hour); training data and model artifacts can make that the largest line of the bill, while a gateway endpoint for the storage service carries the same traffic free.</source>
        <extracomment>rule nat-for-storage-traffic</extracomment>
        <translation>En NAT-gateway tager betaling pr. GB, den behandler (på AWS $0.045 pr. GB oven i $0.045 i timen); træningsdata og modelartefakter kan gøre det til den største post på regningen, mens et gateway-endpoint til lagertjenesten fører den samme trafik gratis.</translation>
    </message>
    <message>
        <source>Reach object storage and NoSQL tables through a gateway (VPC) endpoint or private access, and keep the NAT gateway for traffic that must reach the internet.</source>
        <extracomment>rule nat-for-storage-traffic</extracomment>
        <translation>Nå objektlager og NoSQL-tabeller via et gateway-endpoint (VPC-endpoint) eller privat adgang, og behold NAT-gatewayen til trafik, der skal ud på internettet.</translation>
    </message>
    <message>
        <source>Models deployed without a registry</source>
        <extracomment>rule no-model-registry</extracomment>
        <translation>Modeller udrullet uden register</translation>
    </message>
    <message>
        <source>A training job feeds a model endpoint, directly or through storage it writes and the endpoint reads, and the diagram has no model registry.</source>
        <extracomment>rule no-model-registry</extracomment>
        <translation>Et træningsjob leverer til et model-endpoint, direkte eller via lager, som det skriver til og endpointet læser fra, og diagrammet har intet modelregister.</translation>
    </message>
    <message>
        <source>Without a registry nobody can say which model version serves, which data and code made it, or roll back to the one before.</source>
        <extracomment>rule no-model-registry</extracomment>
        <translation>Uden et register kan ingen sige, hvilken modelversion der kører, hvilke data og hvilken kode der har lavet den, eller rulle tilbage til den forrige.</translation>
    </message>
    <message>
        <source>Add a model registry: training registers each model version there, and the endpoint deploys an approved version from it.</source>
        <extracomment>rule no-model-registry</extracomment>
        <translation>Tilføj et modelregister: træningen registrerer hver modelversion der, og endpointet udruller en godkendt version derfra.</translation>
    </message>
    <message>
        <source>Public entry without a WAF</source>
        <extracomment>rule edge-without-waf</extracomment>
        <translation>Offentlig indgang uden WAF</translation>
    </message>
    <message>
        <source>A load balancer or API gateway sits in a public subnet or takes requests from users or an outside app, and no firewall or WAF is connected to it.</source>
        <extracomment>rule edge-without-waf</extracomment>
        <translation>En load balancer eller API-gateway ligger i et offentligt undernet eller tager imod anmodninger fra brugere eller en ekstern app, og ingen firewall eller WAF er forbundet med den.</translation>
    </message>
    <message>
        <source>The public entry is where attacks arrive first; a web application firewall filters injection, bots and floods before they reach the application.</source>
        <extracomment>rule edge-without-waf</extracomment>
        <translation>Den offentlige indgang er der, hvor angrebene rammer først; en webapplikationsfirewall filtrerer injection-angreb, bots og flooding fra, før de når applikationen.</translation>
    </message>
    <message>
        <source>Connect a firewall/WAF to the load balancer or API gateway (or put it in front of it) with rules for the common attacks and rate limits.</source>
        <extracomment>rule edge-without-waf</extracomment>
        <translation>Forbind en firewall/WAF med load balanceren eller API-gatewayen (eller sæt den foran), med regler mod de almindelige angreb og hastighedsbegrænsninger.</translation>
    </message>
    <message>
        <source>Production database in one zone</source>
        <extracomment>rule prod-database-single-az</extracomment>
        <translation>Produktionsdatabase i én zone</translation>
    </message>
    <message>
        <source>A SQL, NoSQL or cache database inside a prod environment group does not have `multi_az` set.</source>
        <extracomment>rule prod-database-single-az</extracomment>
        <translation>En SQL-, NoSQL- eller cachedatabase i en prod-miljøgruppe har ikke `multi_az` sat.</translation>
    </message>
    <message>
        <source>A production database in one availability zone goes down with that zone, and with it everything that depends on it.</source>
        <extracomment>rule prod-database-single-az</extracomment>
        <translation>En produktionsdatabase i én tilgængelighedszone går ned med den zone og tager alt, der afhænger af den, med sig.</translation>
    </message>
    <message>
        <source>Turn on multi-AZ for production databases (a standby in another zone takes over on failure); it doubles the instance cost, so keep dev and staging single-zone.</source>
        <extracomment>rule prod-database-single-az</extracomment>
        <translation>Slå multi-AZ til for produktionsdatabaser (en standby i en anden zone overtager ved fejl); det fordobler instansprisen, så hold dev og staging i én zone.</translation>
    </message>
    <message>
        <source>All rules</source>
        <extracomment>profile all</extracomment>
        <translation>Alle regler</translation>
    </message>
    <message>
        <source>Every rule Cloudwright knows.</source>
        <extracomment>profile all</extracomment>
        <translation>Alle regler, Cloudwright kender.</translation>
    </message>
    <message>
        <source>Classroom basics</source>
        <extracomment>profile classroom</extracomment>
        <translation>Grundlæggende til undervisning</translation>
    </message>
    <message>
        <source>The pitfalls the course names: IAM, secrets, observability, cost, data, simplicity, networking, reliability, serverless, pricing, model monitoring.</source>
        <extracomment>profile classroom</extracomment>
        <translation>De faldgruber, kurset nævner: IAM, hemmeligheder, observerbarhed, omkostninger, data, enkelhed, netværk, pålidelighed, serverless, prissætning, modelovervågning.</translation>
    </message>
    <message>
        <source>Security</source>
        <extracomment>profile security</extracomment>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Identity, secrets, keys, network exposure and separated environments.</source>
        <extracomment>profile security</extracomment>
        <translation>Identitet, hemmeligheder, nøgler, netværkseksponering og adskilte miljøer.</translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>profile cost</extracomment>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <source>Budgets, the right compute model, needless per-GB charges and services nobody uses.</source>
        <extracomment>profile cost</extracomment>
        <translation>Budgetter, den rette beregningsmodel, unødvendige gebyrer pr. GB og tjenester, som ingen bruger.</translation>
    </message>
    <message>
        <source>Reliability and operations</source>
        <extracomment>profile reliability</extracomment>
        <translation>Pålidelighed og drift</translation>
    </message>
    <message>
        <source>Failures users would see, data that could be lost, and seeing them coming.</source>
        <extracomment>profile reliability</extracomment>
        <translation>Fejl, som brugerne ville mærke, data, der kunne gå tabt, og at se det komme i tide.</translation>
    </message>
    <message>
        <source>ML lifecycle</source>
        <extracomment>profile ml</extracomment>
        <translation>ML-livscyklus</translation>
    </message>
    <message>
        <source>What an ML product needs beyond the app: separate training data, a model registry, model monitoring, isolated ML networks and versioned images.</source>
        <extracomment>profile ml</extracomment>
        <translation>Det, et ML-produkt har brug for ud over selve appen: separate træningsdata, et modelregister, modelovervågning, isolerede ML-netværk og versionerede images.</translation>
    </message>
</context>
</TS>
