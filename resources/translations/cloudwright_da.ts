<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Accessibility</name>
    <message>
        <source>Accept and close the dialog</source>
        <translation>Godkend og luk dialogen</translation>
    </message>
    <message>
        <source>Save and close the dialog</source>
        <translation>Gem og luk dialogen</translation>
    </message>
    <message>
        <source>Open what is chosen</source>
        <translation>Åbn det valgte</translation>
    </message>
    <message>
        <source>Close the dialog without changing anything</source>
        <translation>Luk dialogen uden at ændre noget</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Luk dette vindue</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
    <message>
        <source>Apply the changes and keep the dialog open</source>
        <translation>Anvend ændringerne, og hold dialogen åben</translation>
    </message>
    <message>
        <source>Put the default values back</source>
        <translation>Gendan standardværdierne</translation>
    </message>
    <message>
        <source>Show help for this dialog</source>
        <translation>Vis hjælp til denne dialog</translation>
    </message>
    <message>
        <source>Answer yes</source>
        <translation>Svar ja</translation>
    </message>
    <message>
        <source>Answer no</source>
        <translation>Svar nej</translation>
    </message>
</context>
<context>
    <name>AdviceText</name>
    <message>
        <source>low operations: no servers to patch or scale (seeds/001)</source>
        <translation>minimal drift: ingen servere at patche eller skalere (seeds/001)</translation>
    </message>
    <message>
        <source>pay per use, nothing while idle (seeds/004: intermittent workloads)</source>
        <translation>betal for forbrug, intet i tomgang (seeds/004: periodiske arbejdsbelastninger)</translation>
    </message>
    <message>
        <source>great for spiky or unpredictable traffic (seeds/001)</source>
        <translation>velegnet til svingende eller uforudsigelig trafik (seeds/001)</translation>
    </message>
    <message>
        <source>every request is billed: constant high load costs more than always-on capacity (seeds/004)</source>
        <translation>hver anmodning faktureres: konstant høj belastning koster mere end kapacitet, der altid kører (seeds/004)</translation>
    </message>
    <message>
        <source>the app and its dependencies in one image that runs the same everywhere (seeds/003)</source>
        <translation>appen og dens afhængigheder i ét image, der kører ens overalt (seeds/003)</translation>
    </message>
    <message>
        <source>replicas scale out behind a load balancer and restart when they fail (seeds/003)</source>
        <translation>replikaer skalerer ud bag en load balancer og genstarter, når de fejler (seeds/003)</translation>
    </message>
    <message>
        <source>long runs, state and steady load fit (seeds/001)</source>
        <translation>lange kørsler, tilstand og jævn belastning passer (seeds/001)</translation>
    </message>
    <message>
        <source>images, a registry and the service (or a cluster) to run</source>
        <translation>images, et register og tjenesten (eller en klynge) skal drives</translation>
    </message>
    <message>
        <source>always-on replicas are paid while idle</source>
        <translation>replikaer, der altid kører, betales også i tomgang</translation>
    </message>
    <message>
        <source>GPU containers need a Kubernetes cluster with GPU worker nodes</source>
        <translation>GPU-containere kræver en Kubernetes-klynge med GPU-worker-noder</translation>
    </message>
    <message>
        <source>full control, for long-running or highly tuned workloads (seeds/001)</source>
        <translation>fuld kontrol til langvarige eller stærkt optimerede arbejdsbelastninger (seeds/001)</translation>
    </message>
    <message>
        <source>potentially the lowest steady-state cost at scale (seeds/001)</source>
        <translation>potentielt de laveste løbende omkostninger i stor skala (seeds/001)</translation>
    </message>
    <message>
        <source>GPU instances are available (seeds/004)</source>
        <translation>GPU-instanser er tilgængelige (seeds/004)</translation>
    </message>
    <message>
        <source>you manage the OS, runtime and patches (seeds/004: IaaS)</source>
        <translation>du står selv for OS, runtime og patches (seeds/004: IaaS)</translation>
    </message>
    <message>
        <source>scales slowly: a new VM takes minutes to boot</source>
        <translation>skalerer langsomt: en ny VM er minutter om at starte</translation>
    </message>
    <message>
        <source>pays for idle capacity</source>
        <translation>betaler for ubrugt kapacitet</translation>
    </message>
    <message>
        <source>the cheapest that fits at this load</source>
        <translation>den billigste, der passer ved denne belastning</translation>
    </message>
    <message>
        <source>Runs take longer than %1 minutes (now up to %2)</source>
        <translation>Kørsler tager længere end %1 minutter (nu op til %2)</translation>
    </message>
    <message>
        <source>The work needs a GPU</source>
        <translation>Arbejdet kræver en GPU</translation>
    </message>
    <message>
        <source>It keeps state between requests (memory, local disk, open connections)</source>
        <translation>Den bevarer tilstand mellem anmodninger (hukommelse, lokal disk, åbne forbindelser)</translation>
    </message>
    <message>
        <source>The load passes the break-even of %1 requests a month (now %2)</source>
        <translation>Belastningen overstiger break-even på %1 anmodninger pr. måned (nu %2)</translation>
    </message>
    <message>
        <source>The load makes functions cost more than always-on capacity</source>
        <translation>Belastningen gør funktioner dyrere end kapacitet, der altid kører</translation>
    </message>
    <message>
        <source>Traffic is steady, so always-on replicas stay busy</source>
        <translation>Trafikken er jævn, så replikaer, der altid kører, bliver udnyttet</translation>
    </message>
    <message>
        <source>The team can run containers: build images, keep a registry, watch the service</source>
        <translation>Teamet kan drive containere: bygge images, vedligeholde et register og overvåge tjenesten</translation>
    </message>
    <message>
        <source>It needs more than %1 MB of memory (now %2 MB)</source>
        <translation>Den kræver mere end %1 MB hukommelse (nu %2 MB)</translation>
    </message>
    <message>
        <source>Functions no longer fit for another reason: %1</source>
        <translation>Funktioner passer ikke længere af en anden grund: %1</translation>
    </message>
    <message>
        <source>%1, about %2 a month, spread over several zones</source>
        <translation>%1, omkring %2 pr. måned, fordelt over flere zoner</translation>
    </message>
    <message>
        <source>%1, about %2 a month</source>
        <translation>%1, omkring %2 pr. måned</translation>
    </message>
    <message>
        <source>%1, spread over several zones</source>
        <translation>%1, fordelt over flere zoner</translation>
    </message>
    <message>
        <source>no node has the id &quot;%1&quot;</source>
        <translation>ingen node har id&apos;et &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a %2, not a workload the advisor compares (a function, container service, Kubernetes cluster, VM, GPU VM, batch or ML endpoint)</source>
        <translation>&quot;%1&quot; er en %2, ikke en arbejdsbelastning, som rådgiveren sammenligner (en funktion, containertjeneste, Kubernetes-klynge, VM, GPU-VM, batch eller ML-endpoint)</translation>
    </message>
    <message>
        <source>functions do not fit this workload</source>
        <translation>funktioner passer ikke til denne arbejdsbelastning</translation>
    </message>
    <message>
        <source>no always-on option has a price at %1</source>
        <translation>ingen mulighed, der altid kører, har en pris hos %1</translation>
    </message>
    <message>
        <source>functions have no price at %1</source>
        <translation>funktioner har ingen pris hos %1</translation>
    </message>
    <message>
        <source>functions stay cheaper at any load</source>
        <translation>funktioner forbliver billigere ved enhver belastning</translation>
    </message>
    <message>
        <source>reliability is critical: run at least two replicas spread over several zones, which VMs or containers do (seeds/001 exercise)</source>
        <translation>pålidelighed er kritisk: kør mindst to replikaer fordelt over flere zoner, hvilket VM&apos;er eller containere klarer (øvelse i seeds/001)</translation>
    </message>
    <message>
        <source>a small operations team: managed containers over zones need less running than VMs (seeds/001)</source>
        <translation>et lille driftsteam: administrerede containere over flere zoner kræver mindre drift end VM&apos;er (seeds/001)</translation>
    </message>
    <message>
        <source>functions do not fit: %1 (seeds/004)</source>
        <translation>funktioner passer ikke: %1 (seeds/004)</translation>
    </message>
    <message>
        <source>spiky load: containers autoscale replicas behind a load balancer (seeds/003)</source>
        <translation>svingende belastning: containere autoskalerer replikaer bag en load balancer (seeds/003)</translation>
    </message>
    <message>
        <source>a small operations team: a managed container service needs less running than VMs (seeds/001)</source>
        <translation>et lille driftsteam: en administreret containertjeneste kræver mindre drift end VM&apos;er (seeds/001)</translation>
    </message>
    <message>
        <source>%1 cost the least of what fits (%2 a month)</source>
        <translation>%1 koster mindst af det, der passer (%2 pr. måned)</translation>
    </message>
    <message>
        <source>constant high load makes serverless the expensive choice: %1 a month against %2 for %3 (seeds/004)</source>
        <translation>konstant høj belastning gør serverless til det dyre valg: %1 pr. måned mod %2 for %3 (seeds/004)</translation>
    </message>
    <message>
        <source>constant high load (%1 requests a month) makes serverless the expensive choice (seeds/004)</source>
        <translation>konstant høj belastning (%1 anmodninger pr. måned) gør serverless til det dyre valg (seeds/004)</translation>
    </message>
    <message>
        <source>a small operations team: containers need less running than VMs (seeds/001)</source>
        <translation>et lille driftsteam: containere kræver mindre drift end VM&apos;er (seeds/001)</translation>
    </message>
    <message>
        <source>spiky or unpredictable load favours serverless: it scales per request and costs nothing while idle (seeds/001, seeds/004)</source>
        <translation>svingende eller uforudsigelig belastning taler for serverless: det skalerer pr. anmodning og koster intet i tomgang (seeds/001, seeds/004)</translation>
    </message>
    <message>
        <source>a small operations team favours serverless: no servers to run (seeds/001)</source>
        <translation>et lille driftsteam taler for serverless: ingen servere at drive (seeds/001)</translation>
    </message>
    <message>
        <source>serverless costs more at this load (%1 a month against %2 for %3), but the always-on capacity sized for the peaks would sit idle between them</source>
        <translation>serverless koster mere ved denne belastning (%1 pr. måned mod %2 for %3), men kapacitet, der altid kører og er dimensioneret til spidserne, ville stå ubrugt mellem dem</translation>
    </message>
    <message>
        <source>the load is high but spiky: always-on capacity sized for the peaks would sit idle between them</source>
        <translation>belastningen er høj, men svingende: kapacitet, der altid kører og er dimensioneret til spidserne, ville stå ubrugt mellem dem</translation>
    </message>
    <message>
        <source>serverless is the cheaper at this load: %1 a month against %2 for %3</source>
        <translation>serverless er billigst ved denne belastning: %1 pr. måned mod %2 for %3</translation>
    </message>
    <message>
        <source>no load is set (requests_per_month): functions fit, and cost only what is used (seeds/004: intermittent workloads)</source>
        <translation>ingen belastning er angivet (requests_per_month): funktioner passer og koster kun det, der bruges (seeds/004: periodiske arbejdsbelastninger)</translation>
    </message>
    <message>
        <source>%1 fit this workload</source>
        <translation>%1 passer til denne arbejdsbelastning</translation>
    </message>
    <message>
        <source>it does GPU work, and functions have no GPUs</source>
        <translation>den udfører GPU-arbejde, og funktioner har ingen GPU&apos;er</translation>
    </message>
    <message>
        <source>a run takes up to %1 minutes, over the %2-minute limit of a function</source>
        <translation>en kørsel tager op til %1 minutter, over en funktions grænse på %2 minutter</translation>
    </message>
    <message>
        <source>it keeps state between requests, and a function keeps none</source>
        <translation>den bevarer tilstand mellem anmodninger, og en funktion bevarer ingen</translation>
    </message>
    <message>
        <source>it needs %1 MB of memory, more than the 10,240 MB a function gets</source>
        <translation>den kræver %1 MB hukommelse, mere end de 10.240 MB, en funktion får</translation>
    </message>
    <message>
        <source>Does not fit: %1.</source>
        <translation>Passer ikke: %1.</translation>
    </message>
    <message>
        <source>Fits: %1, as drawn, %2 a month.</source>
        <translation>Passer: %1, som tegnet, %2 pr. måned.</translation>
    </message>
    <message>
        <source>Fits: %1, %2 a month.</source>
        <translation>Passer: %1, %2 pr. måned.</translation>
    </message>
    <message>
        <source>Fits: %1, as drawn; cost unknown: %2.</source>
        <translation>Passer: %1, som tegnet; pris ukendt: %2.</translation>
    </message>
    <message>
        <source>Fits: %1; cost unknown: %2.</source>
        <translation>Passer: %1; pris ukendt: %2.</translation>
    </message>
    <message>
        <source>no price is known for %1</source>
        <translation>ingen pris kendes for %1</translation>
    </message>
    <message>
        <source>the node sets no requests_per_month, so a request&apos;s price is unknown</source>
        <translation>noden angiver ingen requests_per_month, så prisen pr. anmodning er ukendt</translation>
    </message>
    <message>
        <source>a load curve needs at least one point</source>
        <translation>en belastningskurve skal have mindst ét punkt</translation>
    </message>
    <message>
        <source>point %1: minute %2 is outside the day (0 to %3)</source>
        <translation>punkt %1: minut %2 ligger uden for døgnet (0 til %3)</translation>
    </message>
    <message>
        <source>point %1: %2 requests per second is not a rate</source>
        <translation>punkt %1: %2 anmodninger pr. sekund er ikke en gyldig rate</translation>
    </message>
    <message>
        <source>point %1: minute %2 does not come after minute %3</source>
        <translation>punkt %1: minut %2 kommer ikke efter minut %3</translation>
    </message>
    <message>
        <source>serverless functions</source>
        <translation>serverless-funktioner</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>containere</translation>
    </message>
    <message>
        <source>virtual machines</source>
        <translation>virtuelle maskiner</translation>
    </message>
</context>
<context>
    <name>AdvisorText</name>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containere</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM&apos;er</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/md.</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>pris ukendt</translation>
    </message>
    <message>
        <source>Serverless functions</source>
        <translation>Serverless-funktioner</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle maskiner</translation>
    </message>
</context>
<context>
    <name>CanvasLegend</name>
    <message>
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>undertrykt</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>Forbindelser</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>public subnet</source>
        <translation>offentligt undernet</translation>
    </message>
    <message>
        <source>private subnet</source>
        <translation>privat undernet</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>Undernet</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>skal være et heltal fra %1 til %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>skal være et tal fra %1 til %2</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>skal være et heltal på mindst %1</translation>
    </message>
    <message>
        <source>must be a number of at least %1</source>
        <translation>skal være et tal på mindst %1</translation>
    </message>
    <message>
        <source>must be a whole number of at most %1</source>
        <translation>skal være et heltal på højst %1</translation>
    </message>
    <message>
        <source>must be a number of at most %1</source>
        <translation>skal være et tal på højst %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>skal være et heltal</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>skal være et tal</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>skal være true eller false</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>skal være en tekststreng</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>skal være en af %1</translation>
    </message>
    <message>
        <source>Application code</source>
        <translation>Applikationskode</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>runtime</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativsystem</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Virtualization</source>
        <translation>Virtualisering</translation>
    </message>
    <message>
        <source>virtualization</source>
        <translation>virtualisering</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servere</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>servere</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>networking</source>
        <translation>netværk</translation>
    </message>
    <message>
        <source>Infrastructure as a Service</source>
        <translation>Infrastructure as a Service</translation>
    </message>
    <message>
        <source>AWS EC2, Google Compute Engine, Azure VMs</source>
        <translation>AWS EC2, Google Compute Engine, Azure VMs</translation>
    </message>
    <message>
        <source>Full control, any OS: you patch, secure and scale the machines yourself.</source>
        <translation>Fuld kontrol, ethvert OS: du patcher, sikrer og skalerer selv maskinerne.</translation>
    </message>
    <message>
        <source>Containers as a Service</source>
        <translation>Containers as a Service</translation>
    </message>
    <message>
        <source>AWS ECS/EKS, Google GKE, Azure AKS</source>
        <translation>AWS ECS/EKS, Google GKE, Azure AKS</translation>
    </message>
    <message>
        <source>You package the app with its dependencies in an image; the provider runs the hosts it lands on.</source>
        <translation>Du pakker appen med dens afhængigheder i et image; udbyderen driver de værter, den kører på.</translation>
    </message>
    <message>
        <source>Platform as a Service</source>
        <translation>Platform as a Service</translation>
    </message>
    <message>
        <source>Heroku, Google App Engine, AWS Elastic Beanstalk; managed databases and ML platforms</source>
        <translation>Heroku, Google App Engine, AWS Elastic Beanstalk; administrerede databaser og ML-platforme</translation>
    </message>
    <message>
        <source>You bring code and data; the platform runs them.</source>
        <translation>Du leverer kode og data; platformen kører dem.</translation>
    </message>
    <message>
        <source>Functions as a Service</source>
        <translation>Functions as a Service</translation>
    </message>
    <message>
        <source>AWS Lambda, Google Cloud Functions, Azure Functions</source>
        <translation>AWS Lambda, Google Cloud Functions, Azure Functions</translation>
    </message>
    <message>
        <source>Serverless: your code runs only when an event calls it, scales by itself and is paid per execution.</source>
        <translation>Serverless: din kode kører kun, når en hændelse kalder den, skalerer af sig selv og betales pr. kørsel.</translation>
    </message>
    <message>
        <source>Software as a Service</source>
        <translation>Software as a Service</translation>
    </message>
    <message>
        <source>Gmail, Dropbox, Salesforce, Slack; hosted model APIs</source>
        <translation>Gmail, Dropbox, Salesforce, Slack; hostede model-API&apos;er</translation>
    </message>
    <message>
        <source>A finished product: you just use it.</source>
        <translation>Et færdigt produkt: du bruger det bare.</translation>
    </message>
    <message>
        <source>You just use it. The provider manages everything: %1.</source>
        <translation>Du bruger det bare. Udbyderen står for det hele: %1.</translation>
    </message>
    <message>
        <source>You manage: %1. The provider manages: %2.</source>
        <translation>Du står for: %1. Udbyderen står for: %2.</translation>
    </message>
    <message>
        <source>Not a cloud service: people or systems outside the cloud, managed by whoever owns them.</source>
        <translation>Ikke en cloudtjeneste: personer eller systemer uden for skyen, som ejeren selv står for.</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>Budget: a cost.budget node has no monthly_limit; set it to check the total against it</source>
        <translation>Budget: en cost.budget-node har ingen monthly_limit; angiv den for at holde totalen op mod den</translation>
    </message>
    <message>
        <source>Budget: %1 a month (the sum of %2 cost.budget nodes)</source>
        <translation>Budget: %1 pr. måned (summen af %2 cost.budget-noder)</translation>
    </message>
    <message>
        <source>Budget: %1 a month</source>
        <translation>Budget: %1 pr. måned</translation>
    </message>
    <message>
        <source>the total goes over it in month %1</source>
        <translation>totalen overskrider det i måned %1</translation>
    </message>
    <message>
        <source>the total stays within it for all %1 months</source>
        <translation>totalen holder sig inden for det i alle %1 måneder</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>budget: the limit; how the total compares</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; %2 (unpriced nodes not counted)</source>
        <comment>budget: the limit; how the total compares</comment>
        <translation>%1; %2 (noder uden pris er ikke talt med)</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <comment>a node&apos;s cost a month, on its card</comment>
        <translation>%1/md.</translation>
    </message>
    <message>
        <source>usage?</source>
        <translation>forbrug?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>%1 priced, %2 usage-dependent, %3 unpriced</source>
        <translation>%1 prissatte, %2 forbrugsafhængige, %3 uden pris</translation>
    </message>
    <message>
        <source>%1 has no instance types</source>
        <translation>%1 har ingen instanstyper</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a provider with instance types</source>
        <translation>&quot;%1&quot; er ikke en udbyder med instanstyper</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the equivalents table for %2 %3</source>
        <translation>&quot;%1&quot; findes ikke i ækvivalenstabellen for %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 has no equivalent at %3: %4</source>
        <translation>%1 %2 har ingen ækvivalent hos %3: %4</translation>
    </message>
    <message>
        <source>%1 region &quot;%2&quot; is not in the region table</source>
        <translation>%1-regionen &quot;%2&quot; findes ikke i regionstabellen</translation>
    </message>
    <message>
        <source>no region set: priced in %1</source>
        <translation>ingen region angivet: prissat i %1</translation>
    </message>
    <message>
        <source>%1 is not a %2 region: priced in %3</source>
        <translation>%1 er ikke en %2-region: prissat i %3</translation>
    </message>
    <message>
        <source>source priced %1</source>
        <translation>kilden prissatte %1</translation>
    </message>
    <message>
        <source>volume tier from %1 to %2 %3</source>
        <translation>mængdetrin fra %1 til %2 %3</translation>
    </message>
    <message>
        <source>up</source>
        <translation>op</translation>
    </message>
    <message>
        <source>%1 has no price for its first volume band</source>
        <translation>%1 har ingen pris for sit første mængdetrin</translation>
    </message>
    <message>
        <source>beyond the last sourced band: priced at its rate, an upper bound</source>
        <translation>ud over det sidste trin med kilde: prissat til dets takst, en øvre grænse</translation>
    </message>
    <message>
        <source>no instance_type is set and the catalog has no default at %1; set instance_type</source>
        <translation>ingen instance_type er angivet, og kataloget har ingen standard hos %1; angiv instance_type</translation>
    </message>
    <message>
        <source>sourced Multi-AZ price</source>
        <translation>Multi-AZ-pris fra kilde</translation>
    </message>
    <message>
        <source>Multi-AZ doubles the instance cost</source>
        <translation>Multi-AZ fordobler instansprisen</translation>
    </message>
    <message>
        <source>the price book has no %1 discount for %2</source>
        <translation>prislisten har ingen %1-rabat for %2</translation>
    </message>
    <message>
        <source>%1: %2 % off on-demand (%3, %4, confidence %5)</source>
        <translation>%1: %2 % under on-demand (%3, %4, konfidens %5)</translation>
    </message>
    <message>
        <source>sourced spot rate</source>
        <translation>spot-takst fra kilde</translation>
    </message>
    <message>
        <source>sustained use, all month: %1 % off on-demand (%2, confidence %3)</source>
        <translation>vedvarende brug hele måneden: %1 % under on-demand (%2, konfidens %3)</translation>
    </message>
    <message>
        <source>the catalog has no billing recipe for %1</source>
        <translation>kataloget har ingen faktureringsopskrift for %1</translation>
    </message>
    <message>
        <source>not billed: %1</source>
        <translation>faktureres ikke: %1</translation>
    </message>
    <message>
        <source>a %1 node has no list price; give it a provider (aws, gcp or azure)</source>
        <translation>en %1-node har ingen listepris; giv den en udbyder (aws, gcp eller azure)</translation>
    </message>
    <message>
        <source>the recipe counts %1 but %2 is priced per %3</source>
        <translation>opskriften tæller %1, men %2 prissættes pr. %3</translation>
    </message>
    <message>
        <source>usage-dependent: set %1</source>
        <translation>forbrugsafhængig: angiv %1</translation>
    </message>
    <message>
        <source>a part is unknown: %1</source>
        <translation>en del er ukendt: %1</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>on-demand</translation>
    </message>
    <message>
        <source>reserved 1 year</source>
        <translation>reserveret 1 år</translation>
    </message>
    <message>
        <source>reserved 1-year</source>
        <translation>reserveret 1-års</translation>
    </message>
    <message>
        <source>reserved 3 years</source>
        <translation>reserveret 3 år</translation>
    </message>
    <message>
        <source>reserved 3-year</source>
        <translation>reserveret 3-års</translation>
    </message>
    <message>
        <source>spot</source>
        <translation>spot</translation>
    </message>
    <message>
        <source>the price book has no prices for provider &quot;%1&quot;</source>
        <translation>prislisten har ingen priser for udbyderen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the price book has no %1 prices for region %2 (it covers %3)</source>
        <translation>prislisten har ingen %1-priser for regionen %2 (den dækker %3)</translation>
    </message>
    <message>
        <source>the price book has no %1 %2 price for &quot;%3&quot;</source>
        <translation>prislisten har ingen %1 %2-pris for &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the facts give no %1 discount for %2 %3</source>
        <translation>kilderne angiver ingen %1-rabat for %2 %3</translation>
    </message>
</context>
<context>
    <name>CurvePoints</name>
    <message>
        <source>%1 is not a time of day (00:00 to 23:59)</source>
        <translation>%1 er ikke et klokkeslæt (00:00 til 23:59)</translation>
    </message>
    <message>
        <source>%1 is neither a minute (0 to 1439) nor a time (HH:MM)</source>
        <translation>%1 er hverken et minuttal (0 til 1439) eller et klokkeslæt (TT:MM)</translation>
    </message>
    <message>
        <source>minute %1 is outside the day (0 to 1439)</source>
        <translation>minut %1 ligger uden for døgnet (0 til 1439)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a minute and a rate (like &quot;540 12.5&quot; or &quot;09:00 12.5&quot;)</source>
        <translation>&quot;%1&quot; er ikke et minut efterfulgt af anmodninger pr. sekund (som &quot;540 12.5&quot; eller &quot;09:00 12.5&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a number of requests per second</source>
        <translation>%1 er ikke et antal anmodninger pr. sekund</translation>
    </message>
    <message>
        <source>%1 requests per second is below zero</source>
        <translation>%1 anmodninger pr. sekund er under nul</translation>
    </message>
    <message>
        <source>%1 does not come after %2: points go in order through the day</source>
        <translation>%1 kommer ikke efter %2: punkterne skal stå i rækkefølge gennem døgnet</translation>
    </message>
    <message>
        <source>No points: give one a line, like &quot;09:00 12.5&quot; (a time or minute, then requests per second).</source>
        <translation>Ingen punkter: skriv ét pr. linje, f.eks. &quot;09:00 12.5&quot; (et klokkeslæt eller minut og derefter anmodninger pr. sekund).</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <source>there is no node &quot;%1&quot;</source>
        <translation>der er ingen node &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the advice for “%1” is out of date; ask for it again</source>
        <translation>rådet for “%1” er forældet; bed om det igen</translation>
    </message>
    <message>
        <source>the advice for “%1” has no options</source>
        <translation>rådet for “%1” har ingen muligheder</translation>
    </message>
    <message>
        <source>%1 do not fit “%2”: %3</source>
        <translation>%1 passer ikke til “%2”: %3</translation>
    </message>
    <message>
        <source>the catalog has no kind &quot;%1&quot;</source>
        <translation>kataloget har ingen type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>“%1” already runs on %2 as advised</source>
        <translation>“%1” kører allerede på %2 som anbefalet</translation>
    </message>
    <message>
        <source>Spread “%1” over zones</source>
        <translation>Fordel “%1” over zoner</translation>
    </message>
    <message>
        <source>Run “%1” on %2</source>
        <translation>Kør “%1” på %2</translation>
    </message>
    <message>
        <source>the layout places &quot;%1&quot;, which is not a node of the diagram</source>
        <translation>layoutet placerer &quot;%1&quot;, som ikke er en node i diagrammet</translation>
    </message>
    <message>
        <source>the layout puts node &quot;%1&quot; beyond the canvas</source>
        <translation>layoutet placerer noden &quot;%1&quot; uden for lærredet</translation>
    </message>
    <message>
        <source>the layout places &quot;%1&quot;, which is not a group of the diagram</source>
        <translation>layoutet placerer &quot;%1&quot;, som ikke er en gruppe i diagrammet</translation>
    </message>
    <message>
        <source>the layout puts group &quot;%1&quot; beyond the canvas</source>
        <translation>layoutet placerer gruppen &quot;%1&quot; uden for lærredet</translation>
    </message>
    <message>
        <source>nothing to tidy: everything is already where the layout puts it</source>
        <translation>intet at rydde op: alt står allerede, hvor layoutet placerer det</translation>
    </message>
    <message>
        <source>a group needs an id</source>
        <translation>en gruppe skal have et id</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already in use</source>
        <translation>id&apos;et &quot;%1&quot; er allerede i brug</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; names a parent group &quot;%2&quot; that does not exist</source>
        <translation>gruppen &quot;%1&quot; angiver en overordnet gruppe &quot;%2&quot;, som ikke findes</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; would leave the canvas</source>
        <translation>gruppen &quot;%1&quot; ville havne uden for lærredet</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; would end up inside itself</source>
        <translation>gruppen &quot;%1&quot; ville ende inden i sig selv</translation>
    </message>
    <message>
        <source>groups would nest more than %1 levels deep</source>
        <translation>grupper ville blive indlejret mere end %1 niveauer dybt</translation>
    </message>
    <message>
        <source>a node needs an id</source>
        <translation>en node skal have et id</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; would leave the canvas</source>
        <translation>noden &quot;%1&quot; ville havne uden for lærredet</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; names a group &quot;%2&quot; that does not exist</source>
        <translation>noden &quot;%1&quot; angiver en gruppe &quot;%2&quot;, som ikke findes</translation>
    </message>
    <message>
        <source>an edge needs an id</source>
        <translation>en forbindelse skal have et id</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; would connect to something that does not exist</source>
        <translation>forbindelsen &quot;%1&quot; ville forbinde til noget, der ikke findes</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; still connects to removed &quot;%2&quot;</source>
        <translation>forbindelsen &quot;%1&quot; forbinder stadig til den fjernede &quot;%2&quot;</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is still inside removed group &quot;%2&quot;</source>
        <translation>noden &quot;%1&quot; ligger stadig i den fjernede gruppe &quot;%2&quot;</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is still inside removed group &quot;%2&quot;</source>
        <translation>gruppen &quot;%1&quot; ligger stadig i den fjernede gruppe &quot;%2&quot;</translation>
    </message>
    <message>
        <source>there is no item &quot;%1&quot;</source>
        <translation>der er intet element &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no group &quot;%1&quot;</source>
        <translation>der er ingen gruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only nodes and groups can change group; &quot;%1&quot; is neither</source>
        <translation>kun noder og grupper kan skifte gruppe; &quot;%1&quot; er ingen af delene</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>øverste niveau</translation>
    </message>
    <message>
        <source>Move 1 item into %1</source>
        <translation>Flyt 1 element ind i %1</translation>
    </message>
    <message>
        <source>Move %1 items into %2</source>
        <translation>Flyt %1 elementer ind i %2</translation>
    </message>
    <message>
        <source>Move 1 item</source>
        <translation>Flyt 1 element</translation>
    </message>
    <message>
        <source>Move %1 items</source>
        <translation>Flyt %1 elementer</translation>
    </message>
    <message>
        <source>select a node or a group to nudge</source>
        <translation>vælg en node eller en gruppe, der skal skubbes</translation>
    </message>
    <message>
        <source>Nudge 1 item</source>
        <translation>Skub 1 element</translation>
    </message>
    <message>
        <source>Nudge %1 items</source>
        <translation>Skub %1 elementer</translation>
    </message>
    <message>
        <source>a group is at least %1 × %2</source>
        <translation>en gruppe er mindst %1 × %2</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Tilpas størrelsen på %1</translation>
    </message>
    <message>
        <source>select at least three items to distribute</source>
        <translation>vælg mindst tre elementer, der skal fordeles</translation>
    </message>
    <message>
        <source>select at least two items to align</source>
        <translation>vælg mindst to elementer, der skal justeres</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 mere</translation>
    </message>
    <message>
        <source>unknown pricing model &quot;%1&quot;; expected %2</source>
        <translation>ukendt prismodel &quot;%1&quot;; forventede %2</translation>
    </message>
    <message>
        <source>the diagram</source>
        <translation>diagrammet</translation>
    </message>
    <message>
        <source>nothing in %1 has a pricing model (VMs, clusters, batch, SQL databases, caches, training and endpoints have one)</source>
        <translation>intet i %1 har en prismodel (VM&apos;er, klynger, batch, SQL-databaser, caches, træning og endpoints har en)</translation>
    </message>
    <message>
        <source>1 node has no %1 price: %2</source>
        <translation>1 node har ingen %1-pris: %2</translation>
    </message>
    <message>
        <source>%1 nodes have no %2 price: %3</source>
        <translation>%1 noder har ingen %2-pris: %3</translation>
    </message>
    <message>
        <source>1 node is already on %1</source>
        <translation>1 node er allerede på %1</translation>
    </message>
    <message>
        <source>%1 nodes are already on %2</source>
        <translation>%1 noder er allerede på %2</translation>
    </message>
    <message>
        <source>nothing to change in %1: %2</source>
        <translation>intet at ændre i %1: %2</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>beholdt %1</translation>
    </message>
    <message>
        <source>kept as they were</source>
        <translation>beholdt som de var</translation>
    </message>
    <message>
        <source>Price %1 on %2</source>
        <translation>Prissæt %1 som %2</translation>
    </message>
    <message>
        <source>there is no edge &quot;%1&quot;</source>
        <translation>der er ingen forbindelse &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a route needs at least two points</source>
        <translation>en rute skal have mindst to punkter</translation>
    </message>
    <message>
        <source>a route point lies beyond the canvas</source>
        <translation>et rutepunkt ligger uden for lærredet</translation>
    </message>
    <message>
        <source>an orthogonal route runs only across and up or down</source>
        <translation>en retvinklet rute går kun vandret og lodret</translation>
    </message>
    <message>
        <source>the route is already so</source>
        <translation>ruten er allerede sådan</translation>
    </message>
    <message>
        <source>Straight Line</source>
        <translation>Lige linje</translation>
    </message>
    <message>
        <source>Orthogonal Line</source>
        <translation>Retvinklet linje</translation>
    </message>
    <message>
        <source>Reset Route</source>
        <translation>Nulstil rute</translation>
    </message>
    <message>
        <source>Shape Route</source>
        <translation>Form rute</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>et scenarie skal have et navn</translation>
    </message>
    <message>
        <source>there is already a scenario &quot;%1&quot;</source>
        <translation>der findes allerede et scenarie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Keep scenario &quot;%1&quot;</source>
        <translation>Gem scenariet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no scenario &quot;%1&quot;</source>
        <translation>der er intet scenarie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Omdøb scenariet &quot;%1&quot; til &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Delete scenario &quot;%1&quot;</source>
        <translation>Slet scenariet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scenarie %1</translation>
    </message>
    <message>
        <source>properties must be an object</source>
        <translation>egenskaber skal være et objekt</translation>
    </message>
    <message>
        <source>unknown node kind &quot;%1&quot;</source>
        <translation>ukendt nodetype &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;</source>
        <translation>ukendt udbyder &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>a group needs a width and a height</source>
        <translation>en gruppe skal have en bredde og en højde</translation>
    </message>
    <message>
        <source>Delete 1 item</source>
        <translation>Slet 1 element</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>Slet %1 elementer</translation>
    </message>
    <message>
        <source>both ends of a connection must be nodes or groups</source>
        <translation>begge ender af en forbindelse skal være noder eller grupper</translation>
    </message>
    <message>
        <source>a node cannot be connected to itself</source>
        <translation>en node kan ikke forbindes med sig selv</translation>
    </message>
    <message>
        <source>these are already connected by a %1 edge</source>
        <translation>de er allerede forbundet med en %1-forbindelse</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Skift gruppe</translation>
    </message>
    <message>
        <source>Paste 1 item</source>
        <translation>Indsæt 1 element</translation>
    </message>
    <message>
        <source>Paste %1 items</source>
        <translation>Indsæt %1 elementer</translation>
    </message>
    <message>
        <source>%1 1 item</source>
        <comment>the verb: Duplicate 1 item</comment>
        <translation>%1 1 element</translation>
    </message>
    <message>
        <source>%1 %2 items</source>
        <comment>the verb: Duplicate 3 items</comment>
        <translation>%1 %2 elementer</translation>
    </message>
    <message>
        <source>reliability must be standard or critical</source>
        <translation>pålidelighed skal være standard eller critical</translation>
    </message>
    <message>
        <source>a property needs a name</source>
        <translation>en egenskab skal have et navn</translation>
    </message>
    <message>
        <source>there is no node or group &quot;%1&quot;</source>
        <translation>der er ingen node eller gruppe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Angiv %1</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Fjern etiket</translation>
    </message>
    <message>
        <source>Label &quot;%1&quot;</source>
        <translation>Etiket &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Omdøb til &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set provider to %1</source>
        <translation>Sæt udbyder til %1</translation>
    </message>
    <message>
        <source>Make %1 edge</source>
        <translation>Gør til %1-forbindelse</translation>
    </message>
    <message>
        <source>Change diagram settings</source>
        <translation>Ændr diagramindstillinger</translation>
    </message>
    <message>
        <source>a suppression names a rule</source>
        <translation>en undertrykkelse angiver en regel</translation>
    </message>
    <message>
        <source>a suppression needs a reason</source>
        <translation>en undertrykkelse skal have en begrundelse</translation>
    </message>
    <message>
        <source>Suppress %1 on “%2”</source>
        <translation>Undertryk %1 på “%2”</translation>
    </message>
    <message>
        <source>“%1” does not suppress %2</source>
        <translation>“%1” undertrykker ikke %2</translation>
    </message>
    <message>
        <source>Stop suppressing %1 on “%2”</source>
        <translation>Stop med at undertrykke %1 på “%2”</translation>
    </message>
    <message>
        <source>region %1 has no equivalent; kept</source>
        <translation>regionen %1 har ingen ækvivalent; beholdt</translation>
    </message>
    <message>
        <source>1 type has no equivalent: %1</source>
        <translation>1 type har ingen ækvivalent: %1</translation>
    </message>
    <message>
        <source>%1 types have no equivalent: %2</source>
        <translation>%1 typer har ingen ækvivalent: %2</translation>
    </message>
    <message>
        <source>Switch provider to %1</source>
        <translation>Skift udbyder til %1</translation>
    </message>
</context>
<context>
    <name>ExportInterop</name>
    <message>
        <source>draw.io</source>
        <translation>draw.io</translation>
    </message>
    <message>
        <source>draw.io diagrams (*.drawio)</source>
        <translation>draw.io-diagrammer (*.drawio)</translation>
    </message>
    <message>
        <source>Terraform skeleton</source>
        <translation>Terraform-skelet</translation>
    </message>
    <message>
        <source>Terraform files (*.tf)</source>
        <translation>Terraform-filer (*.tf)</translation>
    </message>
    <message>
        <source>Mermaid</source>
        <translation>Mermaid</translation>
    </message>
    <message>
        <source>Mermaid files (*.mmd)</source>
        <translation>Mermaid-filer (*.mmd)</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Eksportér som %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Could not write %1: %2
The diagram is unchanged.</source>
        <translation>Kunne ikke skrive %1: %2
Diagrammet er uændret.</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 node</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 noder</translation>
    </message>
    <message>
        <source>Exported %1 as %2 to %3</source>
        <translation>%1 er eksporteret som %2 til %3</translation>
    </message>
    <message>
        <source> (%1 with no mapping, listed in the file)</source>
        <translation> (%1 uden modstykke, anført i filen)</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Pålidelighed</translation>
    </message>
    <message>
        <source>Operational excellence</source>
        <translation>Driftsmæssig ekspertise</translation>
    </message>
    <message>
        <source>Cost optimization</source>
        <translation>Omkostningsoptimering</translation>
    </message>
    <message>
        <source>Performance efficiency</source>
        <translation>Ydeevneeffektivitet</translation>
    </message>
    <message>
        <source>Sustainability</source>
        <translation>Bæredygtighed</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>FixText</name>
    <message>
        <source>%1: cost unknown (%2)</source>
        <translation>%1: pris ukendt (%2)</translation>
    </message>
    <message>
        <source>%1: %2 a month</source>
        <translation>%1: %2 pr. måned</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/md.</translation>
    </message>
    <message>
        <source>?/mo</source>
        <translation>?/md.</translation>
    </message>
    <message>
        <source>adds no service</source>
        <translation>tilføjer ingen tjeneste</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>tilføjer %1</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the names of the services a fix adds</comment>
        <translation> og </translation>
    </message>
    <message>
        <source>Fix: an IAM role for “%1”</source>
        <translation>Rettelse: en IAM-rolle til “%1”</translation>
    </message>
    <message>
        <source>Fix: a secret manager for “%1”</source>
        <translation>Rettelse: et hemmelighedslager til “%1”</translation>
    </message>
    <message>
        <source>Fix: monitoring on the request path</source>
        <translation>Rettelse: overvågning på anmodningsstien</translation>
    </message>
    <message>
        <source>Fix: connect “%1” to what costs money</source>
        <translation>Rettelse: forbind “%1” med det, der koster penge</translation>
    </message>
    <message>
        <source>Fix: a budget with a cost alert (no limit set: the cost estimate is incomplete, set monthly_limit yourself)</source>
        <translation>Rettelse: et budget med en omkostningsalarm (ingen grænse angivet: omkostningsestimatet er ufuldstændigt, angiv selv monthly_limit)</translation>
    </message>
    <message>
        <source>Fix: a budget with a cost alert at $%1 a month</source>
        <translation>Rettelse: et budget med en omkostningsalarm ved $%1 pr. måned</translation>
    </message>
    <message>
        <source>Fix: a model-quality alert for “%1”</source>
        <translation>Rettelse: en alarm for modelkvalitet til “%1”</translation>
    </message>
    <message>
        <source>Fix: no direct internet access to “%1”</source>
        <translation>Rettelse: ingen direkte internetadgang til “%1”</translation>
    </message>
    <message>
        <source>“%1” is in no subnet</source>
        <translation>“%1” ligger ikke i noget undernet</translation>
    </message>
    <message>
        <source>Private subnet</source>
        <translation>Privat undernet</translation>
    </message>
    <message>
        <source>Fix: move “%1” into a private subnet</source>
        <translation>Rettelse: flyt “%1” ind i et privat undernet</translation>
    </message>
    <message>
        <source>there is no quick fix for %1</source>
        <translation>der er ingen hurtig rettelse til %1</translation>
    </message>
    <message>
        <source>the finding is out of date: “%1” is gone</source>
        <translation>fundet er forældet: “%1” findes ikke længere</translation>
    </message>
</context>
<context>
    <name>GroupItem</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Drag the title bar to move the group with everything in it; drag the corner to resize.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Træk i titellinjen for at flytte gruppen med alt, hvad den indeholder; træk i hjørnet for at ændre størrelsen.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ImportInterop</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kan ikke læse: %1</translation>
    </message>
    <message>
        <source>Import a draw.io diagram</source>
        <translation>Importér et draw.io-diagram</translation>
    </message>
    <message>
        <source>draw.io diagrams (*.drawio *.xml);;All files (*)</source>
        <translation>draw.io-diagrammer (*.drawio *.xml);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(uden navn)</translation>
    </message>
    <message>
        <source>%1 has %2 pages. Which one?</source>
        <translation>%1 har %2 sider. Hvilken skal bruges?</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <source>%1
The open diagram is unchanged.</source>
        <translation>%1
Det åbne diagram er uændret.</translation>
    </message>
    <message>
        <source>Imported %1: %2 of %3 provider shapes typed</source>
        <translation>%1 er importeret: %2 af %3 udbyderfigurer genkendt</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Import Terraform</source>
        <translation>Importér Terraform</translation>
    </message>
    <message>
        <source>Terraform (*.tf *.json);;Terraform files, the whole module is read (*.tf);;terraform show -json output (*.json);;All files (*)</source>
        <translation>Terraform (*.tf *.json);;Terraform-filer, hele modulet læses (*.tf);;Output fra terraform show -json (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2 of %3 resources typed</source>
        <translation>%1 er importeret: %2 af %3 ressourcer genkendt</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>not valid XML: %1</source>
        <translation>ikke gyldig XML: %1</translation>
    </message>
    <message>
        <source>the file has no page &quot;%1&quot;; its pages: %2</source>
        <translation>filen har ingen side &quot;%1&quot;; dens sider: %2</translation>
    </message>
    <message>
        <source>the imported diagram is not valid: %1</source>
        <translation>det importerede diagram er ikke gyldigt: %1</translation>
    </message>
    <message>
        <source>the compressed diagram is not valid base64</source>
        <translation>det komprimerede diagram er ikke gyldig base64</translation>
    </message>
    <message>
        <source>the compressed diagram does not inflate (damaged deflate data)</source>
        <translation>det komprimerede diagram kan ikke pakkes ud (beskadigede deflate-data)</translation>
    </message>
    <message>
        <source>not a draw.io file: not valid XML (%1)</source>
        <translation>ikke en draw.io-fil: ikke gyldig XML (%1)</translation>
    </message>
    <message>
        <source>the page is empty: it holds no diagram</source>
        <translation>siden er tom: den indeholder intet diagram</translation>
    </message>
    <message>
        <source>the draw.io file has no pages (&lt;diagram&gt; elements)</source>
        <translation>draw.io-filen har ingen sider (&lt;diagram&gt;-elementer)</translation>
    </message>
    <message>
        <source>not a draw.io file: it starts with &lt;%1&gt;, expected &lt;mxfile&gt; or &lt;mxGraphModel&gt;</source>
        <translation>ikke en draw.io-fil: den begynder med &lt;%1&gt;, forventede &lt;mxfile&gt; eller &lt;mxGraphModel&gt;</translation>
    </message>
    <message>
        <source>a /* comment is never closed</source>
        <translation>en /*-kommentar afsluttes aldrig</translation>
    </message>
    <message>
        <source>a ${ interpolation is never closed</source>
        <translation>en ${-interpolation afsluttes aldrig</translation>
    </message>
    <message>
        <source>a string is never closed (a &quot; is missing on this line)</source>
        <translation>en streng afsluttes aldrig (der mangler et &quot; på denne linje)</translation>
    </message>
    <message>
        <source>the heredoc &lt;&lt;%1 is never closed (no line saying %1)</source>
        <translation>heredoc&apos;en &lt;&lt;%1 afsluttes aldrig (ingen linje med %1)</translation>
    </message>
    <message>
        <source>expected a block or an attribute, found &quot;%1&quot;</source>
        <translation>forventede en blok eller en attribut, fandt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the %1 block has no { after its labels</source>
        <translation>%1-blokken har ingen { efter sine etiketter</translation>
    </message>
    <message>
        <source>a { is never closed</source>
        <translation>en { afsluttes aldrig</translation>
    </message>
    <message>
        <source>expected an attribute (name = value) or a block, found &quot;%1&quot;</source>
        <translation>forventede en attribut (navn = værdi) eller en blok, fandt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a bracket opened in this value is never closed</source>
        <translation>en parentes, der åbnes i denne værdi, afsluttes aldrig</translation>
    </message>
    <message>
        <source>%1 resource not recognised: %2</source>
        <translation>%1 ressource ikke genkendt: %2</translation>
    </message>
    <message>
        <source>%1 resources not recognised: %2</source>
        <translation>%1 ressourcer ikke genkendt: %2</translation>
    </message>
    <message>
        <source>%1 shape not recognised: %2</source>
        <translation>%1 figur ikke genkendt: %2</translation>
    </message>
    <message>
        <source>%1 shapes not recognised: %2</source>
        <translation>%1 figurer ikke genkendt: %2</translation>
    </message>
    <message>
        <source>%1 (kept as import notes in the diagram&apos;s meta)</source>
        <translation>%1 (gemt som importnoter i diagrammets metadata)</translation>
    </message>
    <message>
        <source>Page &quot;%1&quot; of %2 (choose another with --page)</source>
        <translation>Side &quot;%1&quot; af %2 (vælg en anden med --page)</translation>
    </message>
    <message>
        <source>%1 .tf files of the module read</source>
        <translation>%1 .tf-filer i modulet læst</translation>
    </message>
    <message>
        <source>%1 of %2 resources became typed nodes (%3%)</source>
        <translation>%1 af %2 ressourcer blev til typede noder (%3%)</translation>
    </message>
    <message>
        <source>%1 of %2 provider shapes became typed nodes (%3%)</source>
        <translation>%1 af %2 udbyderfigurer blev til typede noder (%3%)</translation>
    </message>
    <message>
        <source>%1 nodes, %2 groups, %3 edges; provider %4</source>
        <translation>%1 noder, %2 grupper, %3 forbindelser; udbyder %4</translation>
    </message>
    <message>
        <source>%1 edge left out: an end is not a service or group</source>
        <translation>%1 forbindelse udeladt: en ende er ikke en tjeneste eller gruppe</translation>
    </message>
    <message>
        <source>%1 edges left out: an end is not a service or group</source>
        <translation>%1 forbindelser udeladt: en ende er ikke en tjeneste eller gruppe</translation>
    </message>
    <message>
        <source>%1 parts folded into what they belong to (node groups into clusters, listeners into load balancers, ...)</source>
        <translation>%1 dele lagt ind under det, de hører til (nodegrupper i klynger, listeners i load balancere, ...)</translation>
    </message>
    <message>
        <source>%1 supporting resources (policies, routes, addresses) not drawn: %2</source>
        <translation>%1 understøttende ressourcer (politikker, ruter, adresser) ikke tegnet: %2</translation>
    </message>
    <message>
        <source>%1 other shapes (text, boxes, lines) left out as drawing</source>
        <translation>%1 andre figurer (tekst, bokse, linjer) udeladt som tegning</translation>
    </message>
    <message>
        <source>not valid JSON: expected `terraform show -json` output</source>
        <translation>ikke gyldig JSON: forventede output fra `terraform show -json`</translation>
    </message>
    <message>
        <source>not `terraform show -json` output (no &quot;format_version&quot;); for a diagram use cloudwright open</source>
        <translation>ikke output fra `terraform show -json` (intet &quot;format_version&quot;); brug cloudwright open til et diagram</translation>
    </message>
    <message>
        <source>has no root_module: nothing to import</source>
        <translation>har intet root_module: intet at importere</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan ikke læses: %1</translation>
    </message>
    <message>
        <source>too large for Terraform (over 256 MB)</source>
        <translation>for stor til Terraform (over 256 MB)</translation>
    </message>
</context>
<context>
    <name>LoadText</name>
    <message>
        <source>unexpected content: %1</source>
        <translation>uventet indhold: %1</translation>
    </message>
    <message>
        <source>%1: could not save: %2</source>
        <translation>%1: kunne ikke gemmes: %2</translation>
    </message>
    <message>
        <source>not a Cloudwright file: the document is %1, not an object</source>
        <translation>ikke en Cloudwright-fil: dokumentet er %1, ikke et objekt</translation>
    </message>
    <message>
        <source>not a Cloudwright file: &quot;format&quot; is missing</source>
        <translation>ikke en Cloudwright-fil: &quot;format&quot; mangler</translation>
    </message>
    <message>
        <source>not a Cloudwright file: &quot;format&quot; is %1, expected &quot;cloudwright&quot;</source>
        <translation>ikke en Cloudwright-fil: &quot;format&quot; er %1, forventede &quot;cloudwright&quot;</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is missing</source>
        <translation>&quot;formatVersion&quot; mangler</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>skal være et heltal, fandt %1</translation>
    </message>
    <message>
        <source>format version %1 does not exist</source>
        <translation>formatversion %1 findes ikke</translation>
    </message>
    <message>
        <source>the file was written by a newer Cloudwright (format version %1); this version reads format version %2 and older, so it does not open the file rather than half-read it</source>
        <translation>filen er skrevet af en nyere Cloudwright (formatversion %1); denne version læser formatversion %2 og ældre, så den åbner ikke filen frem for at læse den halvt</translation>
    </message>
    <message>
        <source>must be an array, found %1</source>
        <translation>skal være et array, fandt %1</translation>
    </message>
    <message>
        <source>must be a string, found %1</source>
        <translation>skal være en tekststreng, fandt %1</translation>
    </message>
    <message>
        <source>must be a number, found %1</source>
        <translation>skal være et tal, fandt %1</translation>
    </message>
    <message>
        <source>must be a coordinate between -1e9 and 1e9, found %1</source>
        <translation>skal være en koordinat mellem -1e9 og 1e9, fandt %1</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>&quot;id&quot; mangler</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already used by %2)</source>
        <translation>dobbelt id &quot;%1&quot; (bruges allerede af %2)</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>skal være et objekt, fandt %1</translation>
    </message>
    <message>
        <source>%1, found %2</source>
        <translation>%1, fandt %2</translation>
    </message>
    <message>
        <source>must be &quot;standard&quot; or &quot;critical&quot;, found &quot;%1&quot;</source>
        <translation>skal være &quot;standard&quot; eller &quot;critical&quot;, fandt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown group kind &quot;%1&quot;; expected region, zone, vpc, subnet or environment</source>
        <translation>ukendt gruppetype &quot;%1&quot;; forventede region, zone, vpc, subnet eller environment</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing</source>
        <translation>&quot;kind&quot; mangler</translation>
    </message>
    <message>
        <source>must be greater than 0, found %1</source>
        <translation>skal være større end 0, fandt %1</translation>
    </message>
    <message>
        <source>needs both &quot;x&quot; and &quot;y&quot;</source>
        <translation>kræver både &quot;x&quot; og &quot;y&quot;</translation>
    </message>
    <message>
        <source>unknown node kind &quot;%1&quot;</source>
        <translation>ukendt nodetype &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs both &quot;w&quot; and &quot;h&quot;</source>
        <translation>kræver både &quot;w&quot; og &quot;h&quot;</translation>
    </message>
    <message>
        <source>must be an object with &quot;rule&quot; and &quot;reason&quot;, found %1</source>
        <translation>skal være et objekt med &quot;rule&quot; og &quot;reason&quot;, fandt %1</translation>
    </message>
    <message>
        <source>must name a rule id</source>
        <translation>skal angive et regel-id</translation>
    </message>
    <message>
        <source>unknown edge kind &quot;%1&quot;; expected request, data, event or control</source>
        <translation>ukendt forbindelsestype &quot;%1&quot;; forventede request, data, event eller control</translation>
    </message>
    <message>
        <source>an edge needs &quot;from&quot; and &quot;to&quot;</source>
        <translation>en forbindelse kræver &quot;from&quot; og &quot;to&quot;</translation>
    </message>
    <message>
        <source>must be an array of [x, y] points, found %1</source>
        <translation>skal være et array af [x, y]-punkter, fandt %1</translation>
    </message>
    <message>
        <source>needs at least two points (where the edge leaves and enters)</source>
        <translation>kræver mindst to punkter (hvor forbindelsen forlader og går ind)</translation>
    </message>
    <message>
        <source>must be a point [x, y], found %1</source>
        <translation>skal være et punkt [x, y], fandt %1</translation>
    </message>
    <message>
        <source>unknown edge style &quot;%1&quot;; expected orthogonal or straight</source>
        <translation>ukendt forbindelsesstil &quot;%1&quot;; forventede orthogonal eller straight</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is no node or group of this file (a dangling edge)</source>
        <translation>angiver &quot;%1&quot;, som ikke er en node eller gruppe i denne fil (en løs forbindelse)</translation>
    </message>
    <message>
        <source>names a group &quot;%1&quot; that does not exist</source>
        <translation>angiver en gruppe &quot;%1&quot;, som ikke findes</translation>
    </message>
    <message>
        <source>the groups form a cycle: %1</source>
        <translation>grupperne danner en cyklus: %1</translation>
    </message>
    <message>
        <source>the groups nest more than %1 levels deep</source>
        <translation>grupperne er indlejret mere end %1 niveauer dybt</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot;; expected %2</source>
        <translation>ukendt udbyder &quot;%1&quot;; forventede %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>not valid JSON: a NUL byte (the file holds binary data, or is not UTF-8 text)</source>
        <translation>ikke gyldig JSON: en NUL-byte (filen indeholder binære data eller er ikke UTF-8-tekst)</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>JSON&apos;en er indlejret mere end %1 niveauer dybt</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the file is larger than 1 GiB</source>
        <translation>filen er større end 1 GiB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan ikke læses: %1</translation>
    </message>
    <message>
        <source>must be an amount in US dollars from 0 to 1e9, found %1</source>
        <translation>skal være et beløb i amerikanske dollar fra 0 til 1e9, fandt %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;id&quot;, found %1</source>
        <translation>skal være et objekt med &quot;id&quot;, fandt %1</translation>
    </message>
    <message>
        <source>must be a non-empty string, found %1</source>
        <translation>skal være en ikke-tom tekststreng, fandt %1</translation>
    </message>
    <message>
        <source>must be an object with &quot;name&quot; and &quot;monthly&quot;, found %1</source>
        <translation>skal være et objekt med &quot;name&quot; og &quot;monthly&quot;, fandt %1</translation>
    </message>
    <message>
        <source>must be true or false, found %1</source>
        <translation>skal være true eller false, fandt %1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1, found %2</source>
        <translation>skal være et heltal fra 1 til %1, fandt %2</translation>
    </message>
    <message>
        <source>must be an array of 1 to %1 amounts (month 1 first), found %2</source>
        <translation>skal være et array med 1 til %1 beløb (måned 1 først), fandt %2</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; in this scenario</source>
        <translation>dobbelt id &quot;%1&quot; i dette scenarie</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>&quot;name&quot; mangler</translation>
    </message>
    <message>
        <source>&quot;monthly&quot; is missing</source>
        <translation>&quot;monthly&quot; mangler</translation>
    </message>
    <message>
        <source>is %1 but &quot;monthly&quot; holds %2 months</source>
        <translation>er %1, men &quot;monthly&quot; indeholder %2 måneder</translation>
    </message>
    <message>
        <source>duplicate scenario name &quot;%1&quot; (already used by scenarios[%2])</source>
        <translation>dobbelt scenarienavn &quot;%1&quot; (bruges allerede af scenarios[%2])</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>en boolesk værdi</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekststreng</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>et array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>“%1” cannot be priced: Cloudwright&apos;s list prices and budgets are in US dollars (USD), and it converts no currency</source>
        <translation>“%1” kan ikke prissættes: Cloudwrights listepriser og budgetter er i amerikanske dollar (USD), og programmet omregner ikke valuta</translation>
    </message>
    <message>
        <source>holds two conditions, &quot;%1&quot; and &quot;%2&quot;; write each as its own object in the list</source>
        <translation>indeholder to betingelser, &quot;%1&quot; og &quot;%2&quot;; skriv hver som sit eget objekt i listen</translation>
    </message>
    <message>
        <source>is empty; expected one condition: %1</source>
        <translation>er tom; forventede én betingelse: %1</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;%2; expected %3</source>
        <translation>ukendt betingelse &quot;%1&quot;%2; forventede %3</translation>
    </message>
    <message>
        <source>a %1 condition</source>
        <translation>en %1-betingelse</translation>
    </message>
    <message>
        <source>unknown rule id &quot;%1&quot;%2; docs/rules.md lists the rules</source>
        <translation>ukendt regel-id &quot;%1&quot;%2; docs/rules.md oplister reglerne</translation>
    </message>
    <message>
        <source>unknown node kind &quot;%1&quot;%2; docs/file-format.md lists the kinds</source>
        <translation>ukendt nodetype &quot;%1&quot;%2; docs/file-format.md oplister typerne</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>skal være et heltal på 1 eller mere</translation>
    </message>
    <message>
        <source>must be at most %1, found %2</source>
        <translation>må højst være %1, fandt %2</translation>
    </message>
    <message>
        <source>a connected condition</source>
        <translation>en connected-betingelse</translation>
    </message>
    <message>
        <source>&quot;from&quot; is missing: the node kind the edge leaves</source>
        <translation>&quot;from&quot; mangler: nodetypen, som forbindelsen udgår fra</translation>
    </message>
    <message>
        <source>&quot;to&quot; is missing: the node kind the edge enters</source>
        <translation>&quot;to&quot; mangler: nodetypen, som forbindelsen går til</translation>
    </message>
    <message>
        <source>unknown edge kind &quot;%1&quot;; expected request, data, event or control (or leave &quot;edge&quot; out for any kind)</source>
        <translation>ukendt forbindelsestype &quot;%1&quot;; forventede request, data, event eller control (eller udelad &quot;edge&quot; for enhver type)</translation>
    </message>
    <message>
        <source>must be a number of US dollars, found %1</source>
        <translation>skal være et antal amerikanske dollar, fandt %1</translation>
    </message>
    <message>
        <source>must be greater than 0 (a month cannot cost less than nothing), found %1</source>
        <translation>skal være større end 0 (en måned kan ikke koste mindre end ingenting), fandt %1</translation>
    </message>
    <message>
        <source>must be at most 1e12 US dollars, found %1</source>
        <translation>må højst være 1e12 amerikanske dollar, fandt %1</translation>
    </message>
    <message>
        <source>must be an array of conditions, found %1</source>
        <translation>skal være et array af betingelser, fandt %1</translation>
    </message>
    <message>
        <source>is empty; an exercise needs at least one condition to check</source>
        <translation>er tom; en øvelse skal have mindst én betingelse at kontrollere</translation>
    </message>
    <message>
        <source>&quot;conditions&quot; is missing: the list of what the diagram must show</source>
        <translation>&quot;conditions&quot; mangler: listen over, hvad diagrammet skal vise</translation>
    </message>
    <message>
        <source>an exercise file</source>
        <translation>en øvelsesfil</translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing: the list of the lesson&apos;s steps</source>
        <translation>&quot;steps&quot; mangler: listen over lektionens trin</translation>
    </message>
    <message>
        <source>must be an array of steps, found %1</source>
        <translation>skal være et array af trin, fandt %1</translation>
    </message>
    <message>
        <source>is empty; a lesson needs at least one step</source>
        <translation>er tom; en lektion skal have mindst ét trin</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>et trin</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;%2; expected one of %3</source>
        <translation>ukendt visning &quot;%1&quot;%2; forventede en af %3</translation>
    </message>
    <message>
        <source>a step&apos;s exercise</source>
        <translation>et trins øvelse</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, trin %2</translation>
    </message>
    <message>
        <source>must be an array of questions, found %1</source>
        <translation>skal være et array af spørgsmål, fandt %1</translation>
    </message>
    <message>
        <source>must be an array of ids, found %1</source>
        <translation>skal være et array af id&apos;er, fandt %1</translation>
    </message>
    <message>
        <source>a quiz question</source>
        <translation>et quizspørgsmål</translation>
    </message>
    <message>
        <source>&quot;choices&quot; is missing: the answers to choose from</source>
        <translation>&quot;choices&quot; mangler: svarene, der kan vælges mellem</translation>
    </message>
    <message>
        <source>must be an array of answers, found %1</source>
        <translation>skal være et array af svar, fandt %1</translation>
    </message>
    <message>
        <source>needs at least two answers to choose from</source>
        <translation>kræver mindst to svar at vælge mellem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already choice %2</source>
        <translation>&quot;%1&quot; er allerede valgmulighed %2</translation>
    </message>
    <message>
        <source>&quot;answer&quot; is missing: the index of the right choice (0 for the first) or its text</source>
        <translation>&quot;answer&quot; mangler: indekset for det rigtige svar (0 for det første) eller dets tekst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of the choices</source>
        <translation>&quot;%1&quot; er ikke en af valgmulighederne</translation>
    </message>
    <message>
        <source>must be the index of the right choice, from 0 (the first) to %1, or its text; found %2</source>
        <translation>skal være indekset for det rigtige svar, fra 0 (det første) til %1, eller dets tekst; fandt %2</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is no node, group or edge of the lesson&apos;s diagram%2</source>
        <translation>angiver &quot;%1&quot;, som ikke er en node, gruppe eller forbindelse i lektionens diagram%2</translation>
    </message>
    <message>
        <source>highlights &quot;%1&quot;, which is not shown yet: reveal it in this step or an earlier one</source>
        <translation>fremhæver &quot;%1&quot;, som ikke vises endnu: vis den i dette trin eller et tidligere</translation>
    </message>
    <message>
        <source>names one node; a flow goes from one node to another along edges</source>
        <translation>angiver én node; et flow går fra én node til en anden langs forbindelser</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node; a flow goes through nodes</source>
        <translation>&quot;%1&quot; er ikke en node; et flow går gennem noder</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not shown yet: reveal it in this step or an earlier one</source>
        <translation>&quot;%1&quot; vises ikke endnu: vis den i dette trin eller et tidligere</translation>
    </message>
    <message>
        <source>no edge joins &quot;%1&quot; and &quot;%2&quot;; a flow follows the diagram&apos;s edges</source>
        <translation>ingen forbindelse går mellem &quot;%1&quot; og &quot;%2&quot;; et flow følger diagrammets forbindelser</translation>
    </message>
    <message>
        <source>the embedded diagram: %1</source>
        <translation>det indlejrede diagram: %1</translation>
    </message>
    <message>
        <source>&quot;diagram&quot; is missing: a template id such as &quot;01-typical-ml-product&quot;, or a whole .cwa document</source>
        <translation>&quot;diagram&quot; mangler: et skabelon-id som &quot;01-typical-ml-product&quot; eller et helt .cwa-dokument</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot;%2; expected one of %3</source>
        <translation>ukendt skabelon &quot;%1&quot;%2; forventede en af %3</translation>
    </message>
    <message>
        <source>must be a template id or a .cwa document, found %1</source>
        <translation>skal være et skabelon-id eller et .cwa-dokument, fandt %1</translation>
    </message>
    <message>
        <source>a lesson file</source>
        <translation>en lektionsfil</translation>
    </message>
    <message>
        <source>a lesson inside a .cwa file runs on that file&apos;s diagram; leave &quot;diagram&quot; out</source>
        <translation>en lektion i en .cwa-fil kører på den fils diagram; udelad &quot;diagram&quot;</translation>
    </message>
    <message>
        <source>not %1: the document is %2, not an object</source>
        <translation>ikke %1: dokumentet er %2, ikke et objekt</translation>
    </message>
    <message>
        <source>not %1: &quot;format&quot; is missing</source>
        <translation>ikke %1: &quot;format&quot; mangler</translation>
    </message>
    <message>
        <source>not %1: &quot;format&quot; is %2, expected &quot;%3&quot; (this is a diagram, not %1)</source>
        <translation>ikke %1: &quot;format&quot; er %2, forventede &quot;%3&quot; (dette er et diagram, ikke %1)</translation>
    </message>
    <message>
        <source>not %1: &quot;format&quot; is %2, expected &quot;%3&quot;</source>
        <translation>ikke %1: &quot;format&quot; er %2, forventede &quot;%3&quot;</translation>
    </message>
    <message>
        <source>written for a newer Cloudwright (format version %1); this version reads %2 format version %3 and older, so it does not use the file rather than half-read it</source>
        <translation>skrevet til en nyere Cloudwright (formatversion %1); denne version læser %2 i formatversion %3 og ældre, så den bruger ikke filen frem for at læse den halvt</translation>
    </message>
    <message>
        <source>must be an object such as %1, found %2</source>
        <translation>skal være et objekt som %1, fandt %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>a list&apos;s last two</comment>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in %2%3; expected %4</source>
        <translation>ukendt felt &quot;%1&quot; i %2%3; forventede %4</translation>
    </message>
    <message>
        <source> (did you mean &quot;%1&quot;?)</source>
        <translation> (mente du &quot;%1&quot;?)</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag the blue handle to connect.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Træk i det blå håndtag for at forbinde.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 sets no monthly limit or watches nothing that costs money (connect it with a control edge to paid services or their group)</source>
        <translation>%1 har ingen månedlig grænse eller overvåger intet, der koster penge (forbind med en styringsforbindelse til betalte tjenester eller deres gruppe)</translation>
    </message>
    <message>
        <source>GPUs run in %1, and no budget or cost alert watches the bill</source>
        <translation>GPU&apos;er kører i %1, og hverken et budget eller en omkostningsalarm holder øje med regningen</translation>
    </message>
    <message>
        <source>Paid services run, and no budget or cost alert watches the bill</source>
        <translation>Betalte tjenester kører, og hverken et budget eller en omkostningsalarm holder øje med regningen</translation>
    </message>
    <message>
        <source>The estimate passes the budget of $%1 a month in month %2 ($%3), within the %4-month horizon</source>
        <translation>Estimatet overstiger budgettet på $%1 pr. måned i måned %2 ($%3), inden for horisonten på %4 måneder</translation>
    </message>
    <message>
        <source>; the estimate leaves %1 node(s) out, so it may come sooner</source>
        <translation>; estimatet udelader %1 node(r), så det kan ske tidligere</translation>
    </message>
    <message>
        <source>does GPU work, which functions cannot</source>
        <translation>udfører GPU-arbejde, hvilket funktioner ikke kan</translation>
    </message>
    <message>
        <source>runs up to %1 minutes, longer than the %2 a function may</source>
        <translation>kører op til %1 minutter, længere end de %2, en funktion må</translation>
    </message>
    <message>
        <source>runs %1 minutes an invocation, longer than the %2 a function may</source>
        <translation>kører %1 minutter pr. kald, længere end de %2, en funktion må</translation>
    </message>
    <message>
        <source>takes a constant high load, where a container or VM costs less</source>
        <translation>har en konstant høj belastning, hvor en container eller VM koster mindre</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>“%1” carries the traffic to %2 and charges for every GB of it; a gateway endpoint would not</source>
        <translation>“%1” fører trafikken til %2 og koster penge for hver GB; det gør et gateway-endpoint ikke</translation>
    </message>
    <message>
        <source>“%1” serves the product and is also used directly for analysis or training by %2</source>
        <translation>“%1” betjener produktet og bruges også direkte til analyse eller træning af %2</translation>
    </message>
    <message>
        <source>“%1” in the prod environment “%2” reads or writes “%3” in another prod environment “%4”</source>
        <translation>“%1” i prod-miljøet “%2” læser eller skriver “%3” i et andet prod-miljø, “%4”</translation>
    </message>
    <message>
        <source>“%1” in the %2 environment “%3” reads or writes “%4” in the prod environment “%5”</source>
        <translation>“%1” i %2-miljøet “%3” læser eller skriver “%4” i prod-miljøet “%5”</translation>
    </message>
    <message>
        <source>“%1” reads or writes %2, and no IAM role governs it</source>
        <translation>“%1” læser eller skriver %2, og ingen IAM-rolle styrer adgangen</translation>
    </message>
    <message>
        <source>“%1” is used with credentials, and the diagram has no secret manager to keep them</source>
        <translation>“%1” bruges med legitimationsoplysninger, og diagrammet har intet hemmelighedslager til at opbevare dem</translation>
    </message>
    <message>
        <source>“%1” keeps data at rest, and no key from a key management service (KMS) encrypts it</source>
        <translation>“%1” opbevarer data i hvile, og ingen nøgle fra en nøglehåndteringstjeneste (KMS) krypterer dem</translation>
    </message>
    <message>
        <source>“%1” sits in the public subnet “%2”</source>
        <translation>“%1” ligger i det offentlige undernet “%2”</translation>
    </message>
    <message>
        <source>“%1” is reached straight from the internet by %2</source>
        <translation>“%1” nås direkte fra internettet af %2</translation>
    </message>
    <message>
        <source>“%1” takes requests straight from %2, with no load balancer, API gateway or CDN in front</source>
        <translation>“%1” modtager anmodninger direkte fra %2 uden en load balancer, API-gateway eller CDN foran</translation>
    </message>
    <message>
        <source>“%1” sits in no VPC, so nothing isolates its network from the internet</source>
        <translation>“%1” ligger ikke i nogen VPC, så intet isolerer dens netværk fra internettet</translation>
    </message>
    <message>
        <source>takes requests from %1</source>
        <translation>modtager anmodninger fra %1</translation>
    </message>
    <message>
        <source>sits in the public subnet “%1”</source>
        <translation>ligger i det offentlige undernet “%1”</translation>
    </message>
    <message>
        <source>“%1” %2, and no firewall or WAF filters that traffic</source>
        <translation>“%1” %2, og ingen firewall eller WAF filtrerer den trafik</translation>
    </message>
    <message>
        <source>Requests reach %1, and nothing monitors or logs them</source>
        <translation>Anmodninger når %1, og intet overvåger eller logger dem</translation>
    </message>
    <message>
        <source>“%1” serves a model, and no alert fires when its quality drops</source>
        <translation>“%1” leverer en model, og ingen alarm udløses, når dens kvalitet falder</translation>
    </message>
    <message>
        <source>The product runs on %1 different services; start with the fewest that carry the request flow, and add the rest when it needs them</source>
        <translation>Produktet kører på %1 forskellige tjenester; start med de færrest mulige, der bærer anmodningsflowet, og tilføj resten, når der bliver brug for dem</translation>
    </message>
    <message>
        <source>No users or outside application appear in the diagram, so no request flow shows which services are needed; add who uses it</source>
        <translation>Diagrammet viser ingen brugere eller eksterne applikationer, så intet anmodningsflow viser, hvilke tjenester der er brug for; tilføj dem, der bruger det</translation>
    </message>
    <message>
        <source>%1 %2 on no request flow from users or an outside app</source>
        <translation>%1 %2 ikke med i noget anmodningsflow fra brugere eller en ekstern app</translation>
    </message>
    <message>
        <source>is</source>
        <translation>er</translation>
    </message>
    <message>
        <source>are</source>
        <translation>er</translation>
    </message>
    <message>
        <source>“%1” collects metrics, and no alert is connected to tell anyone when they go wrong</source>
        <translation>“%1” indsamler metrikker, men ingen alarm er forbundet til at give besked, når noget går galt</translation>
    </message>
    <message>
        <source>“%1” runs container images, and no container registry is connected to supply them</source>
        <translation>“%1” kører container-images, og intet containerregister er forbundet til at levere dem</translation>
    </message>
    <message>
        <source>“%1” is connected to nothing</source>
        <translation>“%1” er ikke forbundet til noget</translation>
    </message>
    <message>
        <source>“%1” feeds %2, and no model registry versions the models in between</source>
        <translation>“%1” leverer til %2, og intet modelregister versionerer modellerne imellem</translation>
    </message>
    <message>
        <source>“%1” feeds %2 through %3, and no model registry versions the models in between</source>
        <translation>“%1” leverer til %2 via %3, og intet modelregister versionerer modellerne imellem</translation>
    </message>
    <message>
        <source>on one replica in one zone</source>
        <translation>på én replika i én zone</translation>
    </message>
    <message>
        <source>on one replica</source>
        <translation>på én replika</translation>
    </message>
    <message>
        <source>in one zone</source>
        <translation>i én zone</translation>
    </message>
    <message>
        <source>Reliability is critical, and “%1” serves users %2</source>
        <translation>Pålideligheden er kritisk, og “%1” betjener brugere %2</translation>
    </message>
    <message>
        <source>“%1” serves users on spot capacity, which the provider may take back at any time</source>
        <translation>“%1” betjener brugere på spot-kapacitet, som udbyderen når som helst kan tage tilbage</translation>
    </message>
    <message>
        <source>“%1” keeps state with no automatic backup or point-in-time recovery</source>
        <translation>“%1” bevarer tilstand uden automatisk backup eller gendannelse til et bestemt tidspunkt</translation>
    </message>
    <message>
        <source>“%1” runs in the prod environment “%2” in one zone; it is not multi-AZ</source>
        <translation>“%1” kører i prod-miljøet “%2” i én zone; den er ikke multi-AZ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; finding (%2)</source>
        <translation>fund &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; finding</source>
        <translation>fund &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Intet %1</translation>
    </message>
    <message>
        <source> (%1 suppressed with a reason)</source>
        <translation> (%1 undertrykt med en begrundelse)</translation>
    </message>
    <message>
        <source>Still reported: a %1: %2</source>
        <translation>Stadig rapporteret: et %1: %2</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (og %1 til)</translation>
    </message>
    <message>
        <source>Reported, as asked: a %1: %2</source>
        <translation>Rapporteret som ønsket: et %1: %2</translation>
    </message>
    <message>
        <source>Not reported yet: a %1</source>
        <translation>Endnu ikke rapporteret: et %1</translation>
    </message>
    <message>
        <source>; the diagram suppresses it, which hides it from the check</source>
        <translation>; diagrammet undertrykker det, så kontrollen ikke ser det</translation>
    </message>
    <message>
        <source>Has %1</source>
        <translation>Har %1</translation>
    </message>
    <message>
        <source>Has %1 %2 nodes (%3)</source>
        <translation>Har %1 %2-noder (%3)</translation>
    </message>
    <message>
        <source>, at least %1 asked</source>
        <translation>, mindst %1 krævet</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Mangler stadig: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Connected: %1 is %2</source>
        <translation>Forbundet: %1 er %2</translation>
    </message>
    <message>
        <source>the diagram has neither node yet</source>
        <translation>diagrammet har endnu ingen af de to noder</translation>
    </message>
    <message>
        <source>the diagram has no %1 node yet</source>
        <translation>diagrammet har endnu ingen %1-node</translation>
    </message>
    <message>
        <source>%1 runs the other way round</source>
        <translation>%1 går den modsatte vej</translation>
    </message>
    <message>
        <source>the two are not connected</source>
        <translation>de to er ikke forbundet</translation>
    </message>
    <message>
        <source>Still missing: %1; %2</source>
        <translation>Mangler stadig: %1; %2</translation>
    </message>
    <message>
        <source>Cannot check the cost goal of below %1: %2</source>
        <translation>Kan ikke kontrollere omkostningsmålet på under %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> og %1 til</translation>
    </message>
    <message>
        <source>Month 1 costs %1%2, below the goal of %3</source>
        <translation>Måned 1 koster %1%2, under målet på %3</translation>
    </message>
    <message>
        <source>Month 1 costs %1%2; the goal is below %3</source>
        <translation>Måned 1 koster %1%2; målet er under %3</translation>
    </message>
    <message>
        <source>The check reports a %1</source>
        <translation>Kontrollen rapporterer et %1</translation>
    </message>
    <message>
        <source>At least one %1 node (%2)</source>
        <translation>Mindst én %1-node (%2)</translation>
    </message>
    <message>
        <source>At least %1 %2 nodes (%3)</source>
        <translation>Mindst %1 %2-noder (%3)</translation>
    </message>
    <message>
        <source>Month 1 costs less than %1</source>
        <translation>Måned 1 koster mindre end %1</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>faktureres ikke</translation>
    </message>
    <message>
        <source>usage?</source>
        <translation>forbrug?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>A price is unknown on one side: no change is claimed</source>
        <translation>En pris er ukendt på den ene side: der angives ingen ændring</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>On-demand</translation>
    </message>
    <message>
        <source>Reserved, 1 year</source>
        <translation>Reserveret, 1 år</translation>
    </message>
    <message>
        <source>Reserved, 3 years</source>
        <translation>Reserveret, 3 år</translation>
    </message>
    <message>
        <source>Spot / preemptible</source>
        <translation>Spot/preemptible</translation>
    </message>
    <message>
        <source>Infrequent access</source>
        <translation>Sjælden adgang</translation>
    </message>
    <message>
        <source>Deep archive</source>
        <translation>Dybdearkiv</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Public subnet</source>
        <translation>Offentligt undernet</translation>
    </message>
    <message>
        <source>Private subnet</source>
        <translation>Privat undernet</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>storage tier</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>storage tier</comment>
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Development</source>
        <comment>environment</comment>
        <translation>Udvikling</translation>
    </message>
    <message>
        <source>Staging</source>
        <comment>environment</comment>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <comment>environment</comment>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Steady</source>
        <comment>traffic pattern</comment>
        <translation>Jævn</translation>
    </message>
    <message>
        <source>Spiky</source>
        <comment>traffic pattern</comment>
        <translation>Svingende</translation>
    </message>
    <message>
        <source>Small</source>
        <comment>size</comment>
        <translation>Lille</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>size</comment>
        <translation>Mellem</translation>
    </message>
    <message>
        <source>Large</source>
        <comment>size</comment>
        <translation>Stor</translation>
    </message>
    <message>
        <source>Public</source>
        <comment>subnet tag</comment>
        <translation>Offentligt</translation>
    </message>
    <message>
        <source>Private</source>
        <comment>subnet tag</comment>
        <translation>Privat</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 mere</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list&apos;s last two names</comment>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>an %1 node (%2)</source>
        <translation>en %1-node (%2)</translation>
    </message>
    <message>
        <source>a %1 node (%2)</source>
        <translation>en %1-node (%2)</translation>
    </message>
    <message>
        <source>an edge from %1 to %2</source>
        <translation>en forbindelse fra %1 til %2</translation>
    </message>
    <message>
        <source>a request edge from %1 to %2</source>
        <translation>en anmodningsforbindelse fra %1 til %2</translation>
    </message>
    <message>
        <source>a data edge from %1 to %2</source>
        <translation>en dataforbindelse fra %1 til %2</translation>
    </message>
    <message>
        <source>an event edge from %1 to %2</source>
        <translation>en hændelsesforbindelse fra %1 til %2</translation>
    </message>
    <message>
        <source>a control edge from %1 to %2</source>
        <translation>en styringsforbindelse fra %1 til %2</translation>
    </message>
    <message>
        <source>%1 is a request edge</source>
        <translation>%1 er en anmodningsforbindelse</translation>
    </message>
    <message>
        <source>%1 is a data edge</source>
        <translation>%1 er en dataforbindelse</translation>
    </message>
    <message>
        <source>%1 is an event edge</source>
        <translation>%1 er en hændelsesforbindelse</translation>
    </message>
    <message>
        <source>%1 is a control edge</source>
        <translation>%1 er en styringsforbindelse</translation>
    </message>
    <message>
        <source>1 more %1 node (%2)</source>
        <translation>1 %1-node mere (%2)</translation>
    </message>
    <message>
        <source>%1 more %2 nodes (%3)</source>
        <translation>%1 %2-noder mere (%3)</translation>
    </message>
    <message>
        <source>1 of the %1 asked is there</source>
        <translation>1 af de %1 ønskede findes</translation>
    </message>
    <message>
        <source>%1 of the %2 asked are there</source>
        <translation>%1 af de %2 ønskede findes</translation>
    </message>
    <message>
        <source> (%1 not counted: its price is unknown)</source>
        <translation> (%1 er ikke medregnet: prisen er ukendt)</translation>
    </message>
    <message>
        <source> (%1 not counted: their price is unknown)</source>
        <translation> (%1 er ikke medregnet: priserne er ukendte)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Cost over time</source>
        <translation>Omkostninger over tid</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD pr. måned</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Budget %1 a month</source>
        <translation>Budget %1 pr. måned</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Total (unknown prices left out)</source>
        <translation>I alt (ukendte priser udeladt)</translation>
    </message>
    <message>
        <source>the picture&apos;s root element is &lt;%1&gt;, not &lt;svg&gt;</source>
        <translation>billedets rodelement er &lt;%1&gt;, ikke &lt;svg&gt;</translation>
    </message>
    <message>
        <source>the picture is not well-formed SVG: line %1, column %2: %3</source>
        <translation>billedet er ikke velformet SVG: linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>the picture has no &lt;svg&gt; element</source>
        <translation>billedet har intet &lt;svg&gt;-element</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ingen begrundelse angivet</translation>
    </message>
    <message>
        <source>Untitled architecture</source>
        <translation>Unavngivet arkitektur</translation>
    </message>
    <message>
        <source>Generic (provider-neutral)</source>
        <translation>Generisk (udbyderneutral)</translation>
    </message>
    <message>
        <source>priced</source>
        <translation>prissat</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>forbrug</translation>
    </message>
    <message>
        <source>unpriced</source>
        <translation>uden pris</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>not billed</source>
        <translation>faktureres ikke</translation>
    </message>
    <message>
        <source>usage?</source>
        <translation>forbrug?</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tilføjet</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>var %1</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>pris ukendt</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4</source>
        <translation>%1 (%2): %3, %4</translation>
    </message>
    <message>
        <source>Amounts are in %1, at list prices: no free tiers, no discounts unless a node sets a pricing model, no taxes.</source>
        <translation>Beløb er i %1 til listepris: ingen gratisniveauer, ingen rabatter, medmindre en node angiver en prismodel, og ingen skatter eller afgifter.</translation>
    </message>
    <message>
        <source>A month is %1 hours; always-on capacity runs all of them.</source>
        <translation>En måned er %1 timer; kapacitet, der altid kører, kører dem alle.</translation>
    </message>
    <message>
        <source>Month 1 is the first month; usage with growth_pct_per_month g is multiplied by (1+g/100)^(m-1) in month m.</source>
        <translation>Måned 1 er den første måned; forbrug med growth_pct_per_month g ganges med (1+g/100)^(m-1) i måned m.</translation>
    </message>
    <message>
        <source>A price that is not known is shown as unknown, never as $0, and left out of the totals, which then say they are incomplete.</source>
        <translation>En pris, der ikke kendes, vises som ukendt, aldrig som $0, og udelades af totalerne, som så angives som ufuldstændige.</translation>
    </message>
    <message>
        <source>per %1</source>
        <comment>unit price: per hour</comment>
        <translation>pr. %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Fortegnelse</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Forbedringsplan</translation>
    </message>
    <message>
        <source>Suppressed findings</source>
        <translation>Undertrykte fund</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Assumptions and sources</source>
        <translation>Forudsætninger og kilder</translation>
    </message>
    <message>
        <source>node</source>
        <comment>summary tile</comment>
        <translation>node</translation>
    </message>
    <message>
        <source>nodes</source>
        <comment>summary tile</comment>
        <translation>noder</translation>
    </message>
    <message>
        <source>error</source>
        <comment>summary tile</comment>
        <translation>fejl</translation>
    </message>
    <message>
        <source>errors</source>
        <comment>summary tile</comment>
        <translation>fejl</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>summary tile</comment>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>warnings</source>
        <comment>summary tile</comment>
        <translation>advarsler</translation>
    </message>
    <message>
        <source>info</source>
        <comment>summary tile</comment>
        <translation>info</translation>
    </message>
    <message>
        <source>infos</source>
        <comment>summary tile</comment>
        <translation>info</translation>
    </message>
    <message>
        <source>month 1</source>
        <comment>summary tile</comment>
        <translation>måned 1</translation>
    </message>
    <message>
        <source>month 1 (incomplete)</source>
        <comment>summary tile</comment>
        <translation>måned 1 (ufuldstændig)</translation>
    </message>
    <message>
        <source>over %1 months</source>
        <comment>summary tile</comment>
        <translation>over %1 måneder</translation>
    </message>
    <message>
        <source>%1 nodes, %2 groups, %3 edges. Reliability: %4. Prices: %5.</source>
        <translation>%1 noder, %2 grupper, %3 forbindelser. Pålidelighed: %4. Priser: %5.</translation>
    </message>
    <message>
        <source>No picture of the diagram.</source>
        <translation>Intet billede af diagrammet.</translation>
    </message>
    <message>
        <source>No picture of the diagram: %1.</source>
        <translation>Intet billede af diagrammet: %1.</translation>
    </message>
    <message>
        <source>Select a card to see it in the inventory; the plan&apos;s node links lead here.</source>
        <translation>Vælg et kort for at se det i fortegnelsen; planens links til noder fører hertil.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s language code for &lt;html lang&gt;: da in Danish</comment>
        <translation>da</translation>
    </message>
    <message>
        <source>%1 — architecture report</source>
        <translation>%1 — arkitekturrapport</translation>
    </message>
    <message>
        <source>Architecture report · %1</source>
        <translation>Arkitekturrapport · %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Made with Cloudwright on %1. Figures are estimates at list prices; see %2%3%4.</source>
        <translation>Lavet med Cloudwright den %1. Tallene er skøn ud fra listepriser; se %2%3%4.</translation>
    </message>
    <message>
        <source>the whole diagram</source>
        <translation>hele diagrammet</translation>
    </message>
    <message>
        <source>The diagram has no nodes.</source>
        <translation>Diagrammet har ingen noder.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjeneste</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>No findings: the checks found nothing to improve.</source>
        <translation>Ingen fund: kontrollerne fandt intet at forbedre.</translation>
    </message>
    <message>
        <source>Highest risk first: errors, then warnings, then suggestions; within each, by Well-Architected pillar. Hover a step to outline its nodes in the diagram.</source>
        <translation>Højeste risiko først: fejl, så advarsler, så forslag; inden for hver efter Well-Architected-søjle. Hold musen over et trin for at fremhæve dets noder i diagrammet.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Søjle</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Noder</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Hvorfor det er vigtigt</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Sådan retter du det</translation>
    </message>
    <message>
        <source>What the fix costs</source>
        <translation>Hvad rettelsen koster</translation>
    </message>
    <message>
        <source>depends on the change (no quick fix to price)</source>
        <translation>afhænger af ændringen (ingen hurtig rettelse at prissætte)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>None: the diagram accepts no finding.</source>
        <translation>Ingen: diagrammet accepterer ingen fund.</translation>
    </message>
    <message>
        <source>Findings the diagram accepts, each with the reason it gives.</source>
        <translation>Fund, som diagrammet accepterer, hver med sin begrundelse.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelelse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Måned %1</translation>
    </message>
    <message>
        <source>Total, %1 months</source>
        <translation>I alt, %1 måneder</translation>
    </message>
    <message>
        <source>Cost per month over %1 months (USD)</source>
        <translation>Omkostninger pr. måned over %1 måneder (USD)</translation>
    </message>
    <message>
        <source>Prices: %1.</source>
        <translation>Priser: %1.</translation>
    </message>
    <message>
        <source>Prices: %1. Totals leave out the nodes whose price is unknown; they are incomplete.</source>
        <translation>Priser: %1. Totalerne udelader noder med ukendt pris; de er ufuldstændige.</translation>
    </message>
    <message>
        <source>Total (incomplete)</source>
        <translation>I alt (ufuldstændig)</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Efter kategori</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Month 1</source>
        <translation>Måned 1</translation>
    </message>
    <message>
        <source>* leaves out nodes whose price is unknown.</source>
        <translation>* udelader noder med ukendt pris.</translation>
    </message>
    <message>
        <source>By node</source>
        <translation>Efter node</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>The diagram keeps no scenarios. Keep one in the cost panel to compare later versions against it.</source>
        <translation>Diagrammet gemmer ingen scenarier. Gem et i omkostningspanelet for at sammenligne senere versioner med det.</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (ufuldstændig)</translation>
    </message>
    <message>
        <source>Each kept scenario (then) against the diagram as it is (now).</source>
        <translation>Hvert gemt scenarie (før) over for diagrammet, som det er (nu).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Month 1 then</source>
        <translation>Måned 1 før</translation>
    </message>
    <message>
        <source>Month 1 now</source>
        <translation>Måned 1 nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Total then</source>
        <translation>I alt før</translation>
    </message>
    <message>
        <source>Total now</source>
        <translation>I alt nu</translation>
    </message>
    <message>
        <source>What changed since “%1”</source>
        <translation>Hvad er ændret siden “%1”</translation>
    </message>
    <message>
        <source>Coverage: %1.</source>
        <translation>Dækning: %1.</translation>
    </message>
    <message>
        <source>No list price was used.</source>
        <translation>Der blev ikke brugt nogen listepris.</translation>
    </message>
    <message>
        <source>Prices used</source>
        <translation>Anvendte priser</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Price key</source>
        <translation>Prisnøgle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Enhedspris</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Pr. dato</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidens</translation>
    </message>
    <message>
        <source>Highest risk first: errors, then warnings, then suggestions; within each, by Well-Architected pillar.</source>
        <translation>Højeste risiko først: fejl, så advarsler, så forslag; inden for hver efter Well-Architected-søjle.</translation>
    </message>
    <message>
        <source>Cost per month over %1 months</source>
        <translation>Omkostninger pr. måned over %1 måneder</translation>
    </message>
    <message>
        <source>The diagram keeps no scenarios.</source>
        <translation>Diagrammet gemmer ingen scenarier.</translation>
    </message>
    <message>
        <source>What changed since “%1”:</source>
        <translation>Hvad er ændret siden “%1”:</translation>
    </message>
    <message>
        <source>%1 nodes, %2 groups, %3 edges; reliability %4</source>
        <translation>%1 noder, %2 grupper, %3 forbindelser; pålidelighed %4</translation>
    </message>
    <message>
        <source>Findings: errors %1, warnings %2, infos %3; suppressed %4</source>
        <translation>Fund: fejl %1, advarsler %2, info %3; undertrykte %4</translation>
    </message>
    <message>
        <source>Cost: %1 in month 1, %2 over %3 months</source>
        <translation>Omkostninger: %1 i måned 1, %2 over %3 måneder</translation>
    </message>
    <message>
        <source>Cost: %1 in month 1, %2 over %3 months (incomplete: unknown prices left out)</source>
        <translation>Omkostninger: %1 i måned 1, %2 over %3 måneder (ufuldstændigt: ukendte priser udeladt)</translation>
    </message>
    <message>
        <source>Prices: %1</source>
        <translation>Priser: %1</translation>
    </message>
    <message>
        <source>Diagram of %1</source>
        <translation>Diagram over %1</translation>
    </message>
</context>
<context>
    <name>cw::AboutDialog</name>
    <message>
        <source>About Cloudwright</source>
        <translation>Om Cloudwright</translation>
    </message>
    <message>
        <source>no date given</source>
        <translation>ingen dato angivet</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>1 price</source>
        <translation>1 pris</translation>
    </message>
    <message>
        <source>%1 prices</source>
        <translation>%1 priser</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1: %2 (%3), %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1: %2 (%3), %4&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cloudwright %1&lt;/h3&gt;&lt;p&gt;Design cloud architectures for machine-learning products, see what is wrong with them and what they will cost, month by month.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt %2 (running on Qt %3) and nlohmann/json; automatic layout by Graphviz when it is installed.&lt;/p&gt;&lt;h4&gt;Price data&lt;/h4&gt;&lt;p&gt;List prices in %4 for %5 hours a month, without free tiers or taxes, from these public sources (each price in the cost table and the report names its own):&lt;/p&gt;&lt;ul&gt;%6&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Cloudwright %1&lt;/h3&gt;&lt;p&gt;Design cloudarkitekturer til maskinlæringsprodukter, og se, hvad der er galt med dem, og hvad de vil koste, måned for måned.&lt;/p&gt;&lt;p&gt;Licenseret under GNU General Public License, version 3 eller nyere. Bygget med Qt %2 (kører på Qt %3) og nlohmann/json; automatisk layout med Graphviz, når det er installeret.&lt;/p&gt;&lt;h4&gt;Prisdata&lt;/h4&gt;&lt;p&gt;Listepriser i %4 for %5 timer pr. måned, uden gratisniveauer og afgifter, fra disse offentlige kilder (hver pris i omkostningstabellen og rapporten angiver sin egen kilde):&lt;/p&gt;&lt;ul&gt;%6&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>cw::AdvisorPanel</name>
    <message>
        <source>Advisor message</source>
        <translation>Besked fra rådgiveren</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>&lt;b&gt;When to move from serverless to containers&lt;/b&gt; (ticked: holds now)</source>
        <translation>&lt;b&gt;Hvornår du bør skifte fra serverless til containere&lt;/b&gt; (markeret: gælder nu)</translation>
    </message>
    <message>
        <source>Checklist for moving from serverless to containers</source>
        <translation>Tjekliste for skift fra serverless til containere</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
    <message>
        <source>Serverless, containers or VMs for the selected workload, with cost, fit and break-even</source>
        <translation>Serverless, containere eller VM&apos;er til den valgte arbejdsbelastning med omkostning, egnethed og break-even</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalering</translation>
    </message>
    <message>
        <source>A day of load against each option, minute by minute: replicas, queued and failed requests, and cost</source>
        <translation>Et døgns belastning på hver mulighed, minut for minut: replikaer, anmodninger i kø og mislykkede anmodninger samt omkostning</translation>
    </message>
    <message>
        <source>Select one workload on the canvas (a function, container service, Kubernetes cluster, VM, GPU VM, batch job or model endpoint) to compare serverless, containers and VMs for it: cost, fit, break-even and a checklist.</source>
        <translation>Markér én arbejdsbelastning på lærredet (en funktion, containertjeneste, Kubernetes-klynge, VM, GPU-VM, et batchjob eller et model-endpoint) for at sammenligne serverless, containere og VM&apos;er til den: omkostning, egnethed, break-even og en tjekliste.</translation>
    </message>
    <message>
        <source>Several items are selected. %1</source>
        <translation>Flere elementer er markeret. %1</translation>
    </message>
    <message>
        <source>“%1” (%2) is not a workload the advisor compares. %3</source>
        <translation>“%1” (%2) er ikke en arbejdsbelastning, som rådgiveren sammenligner. %3</translation>
    </message>
    <message>
        <source>For “%1”: %2</source>
        <translation>For “%1”: %2</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>Anvend %1</translation>
    </message>
    <message>
        <source>Replace the node by %1, keeping its connections and group; one undo step</source>
        <translation>Erstat noden med %1, og bevar dens forbindelser og gruppe; ét fortrydelsestrin</translation>
    </message>
    <message>
        <source>Nothing to apply: %1</source>
        <translation>Intet at anvende: %1</translation>
    </message>
    <message>
        <source>Holds for this workload</source>
        <translation>Gælder for denne arbejdsbelastning</translation>
    </message>
    <message>
        <source>Does not hold for this workload</source>
        <translation>Gælder ikke for denne arbejdsbelastning</translation>
    </message>
    <message>
        <source>No break-even: %1.</source>
        <translation>Intet break-even: %1.</translation>
    </message>
    <message>
        <source>Break-even against %1; always-on options keep the size chosen for this load.</source>
        <translation>Break-even mod %1; altid kørende muligheder beholder den størrelse, der er valgt til denne belastning.</translation>
    </message>
    <message>
        <source>%1 (Undo takes it back)</source>
        <translation>%1 (Fortryd tager det tilbage)</translation>
    </message>
</context>
<context>
    <name>cw::BreakEvenChart</name>
    <message>
        <source>Break-even chart</source>
        <translation>Break-even-graf</translation>
    </message>
    <message>
        <source>Monthly cost of each option against requests per month, both on log scales; the dot is where serverless starts to cost more, the dashed line the load set on the node</source>
        <translation>Månedlig omkostning for hver mulighed over for anmodninger pr. måned, begge på logaritmisk skala; punktet er der, hvor serverless begynder at koste mere, og den stiplede linje er belastningen angivet på noden</translation>
    </message>
    <message>
        <source>Monthly cost against requests per month</source>
        <translation>Månedlig omkostning over for anmodninger pr. måned</translation>
    </message>
    <message>
        <source>%1 does not fit</source>
        <translation>%1 passer ikke</translation>
    </message>
    <message>
        <source>%1 has no price</source>
        <translation>%1 har ingen pris</translation>
    </message>
    <message>
        <source>Not drawn: %1.</source>
        <translation>Ikke tegnet: %1.</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Anmodninger pr. måned</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Månedlig omkostning (USD)</translation>
    </message>
    <message>
        <source>Load now: %1 a month</source>
        <translation>Belastning nu: %1 pr. måned</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>nu: %1</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>Break-even: %1 requests a month, %2</source>
        <translation>Break-even: %1 anmodninger pr. måned, %2</translation>
    </message>
</context>
<context>
    <name>cw::ConnectDialog</name>
    <message>
        <source>Connect To</source>
        <translation>Forbind til</translation>
    </message>
    <message>
        <source>Draw an edge from &lt;b&gt;%1&lt;/b&gt; to:</source>
        <translation>Tegn en forbindelse fra &lt;b&gt;%1&lt;/b&gt; til:</translation>
    </message>
    <message>
        <source>Type to filter by name, service or id</source>
        <translation>Skriv for at filtrere efter navn, tjeneste eller id</translation>
    </message>
    <message>
        <source>Filter the nodes</source>
        <translation>Filtrér noderne</translation>
    </message>
    <message>
        <source>Node to connect to</source>
        <translation>Node, der skal forbindes til</translation>
    </message>
    <message>
        <source>Edge kind</source>
        <translation>Forbindelsestype</translation>
    </message>
    <message>
        <source>What travels along the edge; the editor proposes one from the two services</source>
        <translation>Hvad der går langs forbindelsen; editoren foreslår en type ud fra de to tjenester</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Edge label</source>
        <translation>Forbindelsens etiket</translation>
    </message>
    <message>
        <source>optional, e.g. HTTPS</source>
        <translation>valgfri, f.eks. HTTPS</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>Shows only the nodes whose name, service or id contains what you type; Up and Down move in the list</source>
        <translation>Viser kun de noder, hvis navn, tjeneste eller id indeholder det, du skriver; Op og Ned flytter i listen</translation>
    </message>
    <message>
        <source>The node the new edge goes to; Enter connects</source>
        <translation>Den node, den nye forbindelse går til; Enter forbinder</translation>
    </message>
    <message>
        <source>Text drawn on the edge, such as the protocol; may stay empty</source>
        <translation>Tekst, der tegnes på forbindelsen, f.eks. protokollen; kan være tom</translation>
    </message>
    <message>
        <source>Draw the edge, one undoable step</source>
        <translation>Tegn forbindelsen, ét trin, der kan fortrydes</translation>
    </message>
</context>
<context>
    <name>cw::CostChart</name>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenarie: %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>År %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Måned %1</translation>
    </message>
    <message>
        <source>
Total: %1</source>
        <translation>
I alt: %1</translation>
    </message>
    <message>
        <source>
%1: %2 (now %3%4)</source>
        <translation>
%1: %2 (nu %3%4)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>øvrige</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>USD a year</source>
        <translation>USD pr. år</translation>
    </message>
    <message>
        <source>USD a month</source>
        <translation>USD pr. måned</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Over from month %1</source>
        <translation>Overskredet fra måned %1</translation>
    </message>
    <message>
        <source>over budget: month %1</source>
        <translation>over budget: måned %1</translation>
    </message>
    <message>
        <source>Cost chart</source>
        <translation>Omkostningsgraf</translation>
    </message>
    <message>
        <source>The cost of each period, stacked by category or by node, with the budget line; the table beside it lists the same figures</source>
        <translation>Omkostningen for hver periode, stablet efter kategori eller node, med budgetlinjen; tabellen ved siden af viser de samme tal</translation>
    </message>
</context>
<context>
    <name>cw::CostPanel</name>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Pr. år</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Top 10 nodes</source>
        <translation>De 10 dyreste noder</translation>
    </message>
    <message>
        <source>Table CSV…</source>
        <translation>Tabel som CSV…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Export the table: one row per node</source>
        <translation>Eksportér tabellen: én række pr. node</translation>
    </message>
    <message>
        <source>Export the projection as `cloudwright cost` prints it</source>
        <translation>Eksportér fremskrivningen, som `cloudwright cost` udskriver den</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Noder</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <source>Month 1 per node: the scenario compared with, now, and the change</source>
        <translation>Måned 1 pr. node: scenariet, der sammenlignes med, nu og ændringen</translation>
    </message>
    <message>
        <source>Month 1: %1%2 · over %3 months: %4 · %5</source>
        <translation>Måned 1: %1%2 · over %3 måneder: %4 · %5</translation>
    </message>
    <message>
        <source> (incomplete: unknown prices left out)</source>
        <translation> (ufuldstændig: ukendte priser udeladt)</translation>
    </message>
    <message>
        <source> · over the %1 budget from month %2</source>
        <translation> · over budgettet på %1 fra måned %2</translation>
    </message>
    <message>
        <source> · within the %1 budget</source>
        <translation> · inden for budgettet på %1</translation>
    </message>
    <message>
        <source>%1: could not write: %2</source>
        <translation>%1: kunne ikke skrive: %2</translation>
    </message>
    <message>
        <source>Export Cost</source>
        <translation>Eksportér omkostninger</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cost horizon</source>
        <translation>Omkostningshorisont</translation>
    </message>
    <message>
        <source>How many months the chart and the table project</source>
        <translation>Hvor mange måneder grafen og tabellen fremskriver</translation>
    </message>
    <message>
        <source>Cost periods</source>
        <translation>Omkostningsperioder</translation>
    </message>
    <message>
        <source>Whether the chart shows each month or each year</source>
        <translation>Om grafen viser hver måned eller hvert år</translation>
    </message>
    <message>
        <source>Chart stacking</source>
        <translation>Stabling i grafen</translation>
    </message>
    <message>
        <source>Stack the chart by service category or by the ten dearest nodes</source>
        <translation>Stabl grafen efter tjenestekategori eller efter de ti dyreste noder</translation>
    </message>
    <message>
        <source>Cost per node</source>
        <translation>Omkostning pr. node</translation>
    </message>
    <message>
        <source>Each node&apos;s monthly cost with its line items, prices and sources; choosing a row selects the node</source>
        <translation>Hver nodes månedlige omkostning med poster, priser og kilder; når du vælger en række, markeres noden</translation>
    </message>
</context>
<context>
    <name>cw::CostTableModel</name>
    <message>
        <source>not billed</source>
        <translation>faktureres ikke</translation>
    </message>
    <message>
        <source>usage?</source>
        <translation>forbrug?</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horisont</translation>
    </message>
    <message>
        <source>%1: unknown (%2)</source>
        <translation>%1: ukendt (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 × $%4 = %5</source>
        <translation>%1: %2 %3 × $%4 = %5</translation>
    </message>
    <message>
        <source>%1, as of %2, confidence %3</source>
        <translation>%1, pr. %2, konfidens %3</translation>
    </message>
    <message>
        <source>priced</source>
        <comment>cost status</comment>
        <translation>prissat</translation>
    </message>
    <message>
        <source>usage not set</source>
        <comment>cost status</comment>
        <translation>forbrug ikke angivet</translation>
    </message>
    <message>
        <source>unpriced</source>
        <comment>cost status</comment>
        <translation>uden pris</translation>
    </message>
</context>
<context>
    <name>cw::DiagramScene</name>
    <message>
        <source>Unknown palette entry %1</source>
        <translation>Ukendt paletelement %1</translation>
    </message>
    <message>
        <source>Straight Line</source>
        <translation>Lige linje</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>Retvinklet</translation>
    </message>
    <message>
        <source>Reset Route</source>
        <translation>Nulstil rute</translation>
    </message>
    <message>
        <source>Forget the route shaped by hand and route the edge around cards again</source>
        <translation>Glem den rute, der er formet i hånden, og før forbindelsen uden om kortene igen</translation>
    </message>
    <message>
        <source>Fit Cards to Their Names</source>
        <translation>Tilpas kortene til deres navne</translation>
    </message>
</context>
<context>
    <name>cw::DiagramView</name>
    <message>
        <source>Diagram canvas</source>
        <translation>Diagramlærred</translation>
    </message>
    <message>
        <source>The architecture diagram. Tab and Alt+arrow keys move between nodes, arrow keys move the selection, Ctrl+K connects the selected node, Delete removes it</source>
        <translation>Arkitekturdiagrammet. Tab og Alt+piletaster flytter mellem noder, piletasterne flytter markeringen, Ctrl+K forbinder den markerede node, Delete fjerner den</translation>
    </message>
</context>
<context>
    <name>cw::DifferenceTable</name>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>%1 (month 1)</source>
        <translation>%1 (måned 1)</translation>
    </message>
    <message>
        <source>Now (month 1)</source>
        <translation>Nu (måned 1)</translation>
    </message>
    <message>
        <source> (added)</source>
        <translation> (tilføjet)</translation>
    </message>
    <message>
        <source> (removed)</source>
        <translation> (fjernet)</translation>
    </message>
    <message>
        <source>%1 · %2 (was %3 in the scenario)</source>
        <translation>%1 · %2 (var %3 i scenariet)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Total (incomplete)</source>
        <translation>I alt (ufuldstændig)</translation>
    </message>
    <message>
        <source> · 1 unchanged node not listed</source>
        <translation> · 1 uændret node er ikke vist</translation>
    </message>
    <message>
        <source> · %1 unchanged nodes not listed</source>
        <translation> · %1 uændrede noder er ikke vist</translation>
    </message>
    <message>
        <source>Month 1&apos;s totals. Over months 1–%1: %2 then, %3 now (%4)</source>
        <translation>Totaler for måned 1. Over måned 1–%1: %2 før, %3 nu (%4)</translation>
    </message>
    <message>
        <source>Difference from the scenario</source>
        <translation>Forskel fra scenariet</translation>
    </message>
    <message>
        <source>Each node&apos;s month-1 cost in the kept scenario and now, and the change</source>
        <translation>Hver nodes omkostning i måned 1 i det gemte scenarie og nu, og ændringen</translation>
    </message>
</context>
<context>
    <name>cw::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
</context>
<context>
    <name>cw::ExerciseChecklist</name>
    <message>
        <source>&lt;b&gt;Your turn&lt;/b&gt;</source>
        <translation>&lt;b&gt;Din tur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Exercise checklist</source>
        <translation>Tjekliste for øvelsen</translation>
    </message>
    <message>
        <source>✔ Exercise passed: every condition is met.</source>
        <translation>✔ Øvelsen er bestået: alle betingelser er opfyldt.</translation>
    </message>
    <message>
        <source>%1 of %2 conditions met.</source>
        <translation>%1 af %2 betingelser opfyldt.</translation>
    </message>
</context>
<context>
    <name>cw::ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Eksportér billede</translation>
    </message>
    <message>
        <source>Pixels per diagram unit; SVG and PDF are vector and need none</source>
        <translation>Pixel pr. diagramenhed; SVG og PDF er vektorformater og behøver ingen</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skala:</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Hvid</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Gennemsigtig</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Baggrund:</translation>
    </message>
    <message>
        <source>&amp;Whole diagram</source>
        <translation>&amp;Hele diagrammet</translation>
    </message>
    <message>
        <source>Se&amp;lection only</source>
        <translation>Kun &amp;markeringen</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Tegn:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Kunne ikke skrive %1:
%2</translation>
    </message>
    <message>
        <source>Image not exported</source>
        <translation>Billedet blev ikke eksporteret</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 er eksporteret</translation>
    </message>
    <message>
        <source>White, or transparent for slides and pages with their own colour; a PDF page is white</source>
        <translation>Hvid, eller gennemsigtig til slides og sider med egen farve; en PDF-side er hvid</translation>
    </message>
    <message>
        <source>Draw every card, group and edge</source>
        <translation>Tegn alle kort, grupper og forbindelser</translation>
    </message>
    <message>
        <source>Draw only what is selected on the canvas</source>
        <translation>Tegn kun det, der er markeret på lærredet</translation>
    </message>
    <message>
        <source>Add the le&amp;gend (edge kinds and badges)</source>
        <translation>Tilføj &amp;forklaringen (forbindelsestyper og mærker)</translation>
    </message>
    <message>
        <source>Draw the key to edge kinds, finding badges and subnets in a corner of the image</source>
        <translation>Tegn en forklaring til forbindelsestyper, fundmærker og undernet i et hjørne af billedet</translation>
    </message>
    <message>
        <source>Choose where to save the image, and write it</source>
        <translation>Vælg, hvor billedet skal gemmes, og gem det</translation>
    </message>
</context>
<context>
    <name>cw::FindingsPanel</name>
    <message>
        <source>Errors (%1)</source>
        <translation>Fejl (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Advarsler (%1)</translation>
    </message>
    <message>
        <source>Info (%1)</source>
        <translation>Info (%1)</translation>
    </message>
    <message>
        <source>Rules:</source>
        <translation>Regler:</translation>
    </message>
    <message>
        <source>Which rules check this diagram; kept in the file</source>
        <translation>Hvilke regler der kontrollerer dette diagram; gemmes i filen</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Ret</translation>
    </message>
    <message>
        <source>Apply the quick fix: one step, undoable</source>
        <translation>Anvend den hurtige rettelse: ét trin, der kan fortrydes</translation>
    </message>
    <message>
        <source>&amp;Suppress…</source>
        <translation>&amp;Undertryk…</translation>
    </message>
    <message>
        <source>Keep this finding on the node as accepted, with a reason; it stays listed as suppressed</source>
        <translation>Behold dette fund på noden som accepteret, med en begrundelse; det bliver stående på listen som undertrykt</translation>
    </message>
    <message>
        <source>Show on Canvas</source>
        <translation>Vis på lærredet</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ No findings.&lt;/span&gt; The diagram passes every rule of this profile.</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;✔ Ingen fund.&lt;/span&gt; Diagrammet overholder alle regler i denne profil.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 fejl</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 fejl</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advarsler</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 info</translation>
    </message>
    <message>
        <source> · %1 suppressed</source>
        <translation> · %1 undertrykt</translation>
    </message>
    <message>
        <source>Suppressed (%1)</source>
        <translation>Undertrykt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n anden</numerusform>
            <numerusform>%n andre</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt; · %3 · %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %7&lt;/p&gt;&lt;p style=&apos;color:#606b78&apos;&gt;Source: %8&lt;/p&gt;%9</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; &lt;code&gt;%2&lt;/code&gt; · %3 · %4&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Hvorfor:&lt;/b&gt; %6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Løsning:&lt;/b&gt; %7&lt;/p&gt;&lt;p style=&apos;color:#606b78&apos;&gt;Kilde: %8&lt;/p&gt;%9</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Suppressed: %1&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Undertrykt: %1&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Quick fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hurtig rettelse:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Fix (%1)</source>
        <translation>&amp;Ret (%1)</translation>
    </message>
    <message>
        <source>Apply the quick fix, one undoable step: %1</source>
        <translation>Anvend den hurtige rettelse, ét trin der kan fortrydes: %1</translation>
    </message>
    <message>
        <source>Lift &amp;Suppression</source>
        <translation>&amp;Ophæv undertrykkelse</translation>
    </message>
    <message>
        <source>month 1 comes to %1; with 20% headroom, rounded up, that is $%2.</source>
        <translation>måned 1 løber op i %1; med 20 % luft, rundet op, giver det $%2.</translation>
    </message>
    <message>
        <source>Proposed from the cost estimate: %1</source>
        <translation>Foreslået ud fra omkostningsestimatet: %1</translation>
    </message>
    <message>
        <source>Proposed from the cost estimate, which leaves out %1 (no price, or usage not set): without it, %2 Raise it for what is left out.</source>
        <translation>Foreslået ud fra omkostningsestimatet, som udelader %1 (ingen pris, eller forbrug ikke angivet); uden dem: %2 Hæv grænsen for at dække det udeladte.</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 tjenester</translation>
    </message>
    <message>
        <source>Budget Limit</source>
        <translation>Budgetgrænse</translation>
    </message>
    <message>
        <source>Monthly limit of the new budget, in US dollars. An alert fires when the bill passes it.

%1</source>
        <translation>Månedlig grænse for det nye budget i amerikanske dollar. En alarm udløses, når regningen overstiger den.

%1</translation>
    </message>
    <message>
        <source>Suppress finding</source>
        <translation>Undertryk fund</translation>
    </message>
    <message>
        <source>Why is “%1” acceptable here? The reason is kept in the file with the node.</source>
        <translation>Hvorfor er “%1” acceptabelt her? Begrundelsen gemmes i filen sammen med noden.</translation>
    </message>
    <message>
        <source>Rule profile</source>
        <translation>Regelprofil</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>What the rules found, by severity and pillar; choosing a finding shows its nodes on the canvas, Fix applies its quick fix</source>
        <translation>Det, reglerne fandt, efter alvorlighed og søjle; når du vælger et fund, vises dets noder på lærredet, og Ret anvender den hurtige rettelse</translation>
    </message>
</context>
<context>
    <name>cw::HelpWindow</name>
    <message>
        <source>Cloudwright User Guide</source>
        <translation>Cloudwright-brugervejledning</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Brugervejledning</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Back to the page before</source>
        <translation>Tilbage til forrige side</translation>
    </message>
    <message>
        <source>The start of the user guide</source>
        <translation>Starten af brugervejledningen</translation>
    </message>
    <message>
        <source>Find in page (Enter for the next)</source>
        <translation>Søg på siden (Enter for næste)</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Søg på siden</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Cloudwright User Guide — %1</source>
        <translation>Cloudwright-brugervejledning — %1</translation>
    </message>
    <message>
        <source>The page of the guide being read; links open other pages</source>
        <translation>Den side i vejledningen, du læser; links åbner andre sider</translation>
    </message>
    <message>
        <source>The guide&apos;s sections; choosing one shows it</source>
        <translation>Vejledningens afsnit; vælg et for at vise det</translation>
    </message>
</context>
<context>
    <name>cw::ImportSummaryDialog</name>
    <message>
        <source>Imported %1</source>
        <translation>%1 er importeret</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) is open as a new, unsaved diagram.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) er åbnet som et nyt diagram, der ikke er gemt.</translation>
    </message>
    <message>
        <source>Not recognised, by resource type (kept under the diagram&apos;s import notes; add them from the palette if they matter):</source>
        <translation>Ikke genkendt, efter ressourcetype (gemt i diagrammets importnoter; tilføj dem fra paletten, hvis de har betydning):</translation>
    </message>
    <message>
        <source>Not recognised, by shape (each kept with its label and place under the diagram&apos;s import notes; redraw them from the palette if they matter):</source>
        <translation>Ikke genkendt, efter figur (hver gemt med sin etiket og placering i diagrammets importnoter; tegn dem igen fra paletten, hvis de har betydning):</translation>
    </message>
    <message>
        <source>Shapes not recognised</source>
        <translation>Figurer, der ikke blev genkendt</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcetype</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Each shape or resource type the import could not map to a service, and how often it occurs</source>
        <translation>Hver figur eller ressourcetype, importen ikke kunne knytte til en tjeneste, og hvor ofte den forekommer</translation>
    </message>
    <message>
        <source>Close the summary; the imported diagram is open</source>
        <translation>Luk oversigten; det importerede diagram er åbent</translation>
    </message>
</context>
<context>
    <name>cw::InspectorWidget</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;&lt;br&gt;Use Arrange to align or distribute them, Delete to remove them.</source>
        <translation>
            <numerusform>&lt;b&gt;%n element markeret&lt;/b&gt;&lt;br&gt;Brug Arrangér til at justere eller fordele det og Slet til at fjerne det.</numerusform>
            <numerusform>&lt;b&gt;%n elementer markeret&lt;/b&gt;&lt;br&gt;Brug Arrangér til at justere eller fordele dem og Slet til at fjerne dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Diagram&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#606b78&apos;&gt;Select a node, edge or group to edit it. Drag services from the palette to add them.&lt;/span&gt;</source>
        <translation>&lt;b&gt;Diagram&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#606b78&apos;&gt;Markér en node, forbindelse eller gruppe for at redigere den. Træk tjenester fra paletten for at tilføje dem.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Switching renames every service to the provider&apos;s own (EC2 becomes Compute Engine) and maps instance types and the region to their nearest equivalents</source>
        <translation>Et skift omdøber hver tjeneste til udbyderens egen (EC2 bliver til Compute Engine) og oversætter instanstyper og region til de nærmeste ækvivalenter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>e.g. us-east-1</source>
        <translation>f.eks. us-east-1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Critical asks for serving in more than one zone and replica</source>
        <translation>Kritisk kræver drift i mere end én zone og på mere end én replika</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Pålidelighed</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Budgets and prices are in US dollars (USD)</source>
        <translation>Budgetter og priser er i amerikanske dollar (USD)</translation>
    </message>
    <message>
        <source>%1 nodes, %2 groups, %3 edges</source>
        <translation>%1 noder, %2 grupper, %3 forbindelser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>A node may run at another provider than the rest of the diagram</source>
        <translation>En node kan køre hos en anden udbyder end resten af diagrammet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>As diagram (%1)</source>
        <translation>Som diagrammet (%1)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Properties&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Egenskaber&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#606b78&apos;&gt;Also set: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#606b78&apos;&gt;Også angivet: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Clear (not set)</source>
        <translation>Ryd (ikke angivet)</translation>
    </message>
    <message>
        <source>Use the default: %1</source>
        <translation>Brug standardværdien: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#606b78&apos;&gt;%2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#606b78&apos;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#606b78&apos;&gt;%1 → %2&lt;/span&gt;</source>
        <translation>&lt;b&gt;Forbindelse&lt;/b&gt;&lt;br&gt;&lt;span style=&apos;color:#606b78&apos;&gt;%1 → %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>optional, e.g. HTTPS</source>
        <translation>valgfri, f.eks. HTTPS</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>The name shown on the canvas; Enter or leaving the field renames, one undoable step</source>
        <translation>Navnet, der vises på lærredet; tryk på Enter, eller forlad feltet for at omdøbe (ét trin, der kan fortrydes)</translation>
    </message>
    <message>
        <source>Diagram title</source>
        <translation>Diagramtitel</translation>
    </message>
    <message>
        <source>The diagram&apos;s title, shown in reports and exports</source>
        <translation>Diagrammets titel, som vises i rapporter og eksporter</translation>
    </message>
</context>
<context>
    <name>cw::LessonPanel</name>
    <message>
        <source>No lesson is running. Choose one under File ▸ Lessons, or open a diagram that carries its own lesson.</source>
        <translation>Ingen lektion er i gang. Vælg en under Filer ▸ Lektioner, eller åbn et diagram, der har sin egen lektion.</translation>
    </message>
    <message>
        <source>Lesson steps</source>
        <translation>Lektionens trin</translation>
    </message>
    <message>
        <source>Jump to a step</source>
        <translation>Gå til et trin</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Fortælling</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quiz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Tilbage</translation>
    </message>
    <message>
        <source>The previous step (Page Up when presenting)</source>
        <translation>Forrige trin (Page Up under præsentation)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>The next step (Page Down when presenting)</source>
        <translation>Næste trin (Page Down under præsentation)</translation>
    </message>
    <message>
        <source>Close Lesson</source>
        <translation>Luk lektion</translation>
    </message>
    <message>
        <source>End the lesson and show the whole diagram again; the diagram stays open</source>
        <translation>Afslut lektionen, og vis hele diagrammet igen; diagrammet forbliver åbent</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Trin %1 af %2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Trin %1 af %2: %3</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>cw::LoadCurveEditor</name>
    <message>
        <source>Office hours</source>
        <translation>Kontortid</translation>
    </message>
    <message>
        <source>Evening peak</source>
        <translation>Aftenspids</translation>
    </message>
    <message>
        <source>Burst 50x (Joe and all his friends)</source>
        <translation>Kort spids 50x (Joe og alle hans venner)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Brugerdefineret</translation>
    </message>
    <message>
        <source>4x the base from 09:00 to 17:00, with an hour&apos;s ramp each side</source>
        <translation>4x grundbelastningen fra 09:00 til 17:00 med en times overgang i hver ende</translation>
    </message>
    <message>
        <source>5x the base from 18:00 to 22:00, with an hour&apos;s ramp each side</source>
        <translation>5x grundbelastningen fra 18:00 til 22:00 med en times overgang i hver ende</translation>
    </message>
    <message>
        <source>The base all day, 50x for ten minutes from 12:00: everyone asks for a prediction at once (seeds/003)</source>
        <translation>Grundbelastningen hele dagen, 50x i ti minutter fra 12:00: alle beder om en forudsigelse på én gang (seeds/003)</translation>
    </message>
    <message>
        <source>A curve drawn on the chart or pasted as points</source>
        <translation>En kurve tegnet i grafen eller indsat som punkter</translation>
    </message>
    <message>
        <source>Load shape</source>
        <translation>Belastningsprofil</translation>
    </message>
    <message>
        <source>The shape of the load over the day</source>
        <translation>Belastningens profil i løbet af dagen</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>Base load in requests per second</source>
        <translation>Grundbelastning i anmodninger pr. sekund</translation>
    </message>
    <message>
        <source>The base load in requests per second, which the shape multiplies</source>
        <translation>Grundbelastningen i anmodninger pr. sekund; profilen ganger den op</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Use the workload&apos;s average rate</source>
        <translation>Brug arbejdsbelastningens gennemsnitlige rate</translation>
    </message>
    <message>
        <source>Use the workload&apos;s average rate (requests_per_month over 730 hours)</source>
        <translation>Brug arbejdsbelastningens gennemsnitlige rate (requests_per_month fordelt på 730 timer)</translation>
    </message>
    <message>
        <source>Paste points…</source>
        <translation>Indsæt punkter…</translation>
    </message>
    <message>
        <source>Paste load points</source>
        <translation>Indsæt belastningspunkter</translation>
    </message>
    <message>
        <source>Give the curve as lines of &quot;HH:MM rps&quot; or &quot;minute rps&quot;</source>
        <translation>Angiv kurven som linjer med &quot;TT:MM rps&quot; eller &quot;minut rps&quot;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo the last change to the load</source>
        <translation>Fortryd den seneste ændring af belastningen</translation>
    </message>
    <message>
        <source>Undo the last change to the load (Ctrl+Z on the chart)</source>
        <translation>Fortryd den seneste ændring af belastningen (Ctrl+Z i grafen)</translation>
    </message>
    <message>
        <source>Load note</source>
        <translation>Note om belastningen</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Belastning:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Grundbelastning:</translation>
    </message>
    <message>
        <source>Custom load: drawn or pasted rates, the base does not apply.</source>
        <translation>Brugerdefineret belastning: tegnede eller indsatte rater; grundbelastningen gælder ikke.</translation>
    </message>
    <message>
        <source>Base: the workload&apos;s average, %1 req/s (requests_per_month over 730 hours).</source>
        <translation>Grundbelastning: arbejdsbelastningens gennemsnit, %1 req/s (requests_per_month fordelt på 730 timer).</translation>
    </message>
    <message>
        <source>The node sets no requests_per_month: a base of %1 req/s is assumed.</source>
        <translation>Noden angiver ingen requests_per_month: der antages en grundbelastning på %1 req/s.</translation>
    </message>
    <message>
        <source>Base set by hand: %1 req/s.</source>
        <translation>Grundbelastning sat manuelt: %1 req/s.</translation>
    </message>
    <message>
        <source>%1 Peak %2 req/s, %3 requests over the day.</source>
        <translation>%1 Spidsbelastning %2 req/s, %3 anmodninger i løbet af dagen.</translation>
    </message>
</context>
<context>
    <name>cw::LoadCurveView</name>
    <message>
        <source>Press and drag to draw the load over the day; Ctrl+Z undoes the last change</source>
        <translation>Tryk og træk for at tegne belastningen i løbet af dagen; Ctrl+Z fortryder den seneste ændring</translation>
    </message>
    <message>
        <source>Load curve</source>
        <translation>Belastningskurve</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Belastning</translation>
    </message>
    <message>
        <source>%1: %2 req/s</source>
        <translation>%1: %2 req/s</translation>
    </message>
</context>
<context>
    <name>cw::MainWindow</name>
    <message>
        <source>Findings of the pitfall rules; click to show the list</source>
        <translation>Fund fra reglerne for faldgruber; klik for at vise listen</translation>
    </message>
    <message>
        <source>Month-1 cost at list prices; click to show the cost panel</source>
        <translation>Omkostning for måned 1 til listepriser; klik for at vise omkostningspanelet</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Zoom 100%</source>
        <translation>Zoom 100%</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Ikke udført: %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 nodes · %2 edges</source>
        <translation>%1 noder · %2 forbindelser</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektør</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Rådgiver</translation>
    </message>
    <message>
        <source>Serverless, containers or VMs for the selected workload: cost, fit, break-even, checklist</source>
        <translation>Serverless, containere eller VM&apos;er til den valgte arbejdsbelastning: omkostning, egnethed, break-even, tjekliste</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åbnet&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>Start an empty diagram</source>
        <translation>Start et tomt diagram</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Ny fra s&amp;kabelon…</translation>
    </message>
    <message>
        <source>Start from a bundled template, or open a lesson</source>
        <translation>Start fra en medfølgende skabelon, eller åbn en lektion</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open a .cwa file</source>
        <translation>Åbn en .cwa-fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn s&amp;eneste</translation>
    </message>
    <message>
        <source>Open the built-in ML product sample</source>
        <translation>Åbn det indbyggede eksempel på et ML-produkt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>&amp;draw.io…</source>
        <translation>&amp;draw.io…</translation>
    </message>
    <message>
        <source>Open a draw.io diagram as a new diagram: provider shapes become services, containers groups</source>
        <translation>Åbn et draw.io-diagram som et nyt diagram: udbyderfigurer bliver til tjenester, containere til grupper</translation>
    </message>
    <message>
        <source>&amp;Terraform…</source>
        <translation>&amp;Terraform…</translation>
    </message>
    <message>
        <source>Open Terraform (a module&apos;s .tf files, or terraform show -json output) as a new diagram, laid out</source>
        <translation>Åbn Terraform (et moduls .tf-filer eller output fra terraform show -json) som et nyt diagram med automatisk layout</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektioner</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save the diagram</source>
        <translation>Gem diagrammet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <source>Save the diagram under a new name</source>
        <translation>Gem diagrammet under et nyt navn</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>Eksportér &amp;billede…</translation>
    </message>
    <message>
        <source>Write the diagram, or the selection, as a PNG, SVG or PDF image</source>
        <translation>Gem diagrammet eller markeringen som et PNG-, SVG- eller PDF-billede</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Eksp&amp;ortér</translation>
    </message>
    <message>
        <source>The diagram as a draw.io file with draw.io&apos;s own AWS, Google Cloud or Azure shapes</source>
        <translation>Diagrammet som en draw.io-fil med draw.io&apos;s egne figurer til AWS, Google Cloud eller Azure</translation>
    </message>
    <message>
        <source>A Terraform skeleton: one resource per service with its type and size, to fill in; not a deployment</source>
        <translation>Et Terraform-skelet at udfylde: én ressource pr. tjeneste med dens type og størrelse; ikke en udrulning</translation>
    </message>
    <message>
        <source>&amp;Mermaid…</source>
        <translation>&amp;Mermaid…</translation>
    </message>
    <message>
        <source>The diagram as Mermaid architecture-beta text, for Markdown pages</source>
        <translation>Diagrammet som Mermaid architecture-beta-tekst til Markdown-sider</translation>
    </message>
    <message>
        <source>The architecture report (diagram, improvement plan, cost) as HTML, Markdown or PDF, with a preview</source>
        <translation>Arkitekturrapporten (diagram, forbedringsplan, omkostninger) som HTML, Markdown eller PDF med forhåndsvisning</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Quit Cloudwright</source>
        <translation>Afslut Cloudwright</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Annuller fortr&amp;yd</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>Copy the selection next to itself</source>
        <translation>Læg en kopi af markeringen ved siden af den</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Delete the selection with its connections</source>
        <translation>Slet markeringen med dens forbindelser</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <source>Draw an edge from the selected node to another, chosen from a list (the keyboard&apos;s way to connect)</source>
        <translation>Tegn en forbindelse fra den valgte node til en anden, valgt på en liste (sådan forbinder du med tastaturet)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>I&amp;ndstillinger…</translation>
    </message>
    <message>
        <source>Theme, language, snapping, autosave, what new diagrams start with, cost display</source>
        <translation>Tema, sprog, fastgørelse til gitter, autogem, hvad nye diagrammer starter med, visning af omkostninger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;Tilpas til vinduet</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Faktisk størrelse</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Fastgør til &amp;gitter</translation>
    </message>
    <message>
        <source>Show &amp;Costs</source>
        <translation>Vis &amp;omkostninger</translation>
    </message>
    <message>
        <source>Show each node&apos;s monthly cost on its card</source>
        <translation>Vis hver nodes månedlige omkostning på dens kort</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Vis for&amp;klaring</translation>
    </message>
    <message>
        <source>Show the key to edge kinds and finding badges on the canvas</source>
        <translation>Vis forklaringen på forbindelsestyper og fundmærker på lærredet</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Arrangér</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Justér &amp;venstre</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Centrér vandret</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Justér &amp;højre</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Justér øverst</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Centrér &amp;lodret</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Justér &amp;nederst</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Fordel vandret</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Fordel l&amp;odret</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Annuller fortryd</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Fortryd %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Annuller fortryd %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source> Provider: </source>
        <translation> Udbyder: </translation>
    </message>
    <message>
        <source>Switch the diagram&apos;s provider: every service is renamed to the provider&apos;s own, instance types and the region map to their nearest equivalents</source>
        <translation>Skift diagrammets udbyder: alle tjenester omdøbes til udbyderens egne, og instanstyper og region overføres til de nærmeste ækvivalenter</translation>
    </message>
    <message>
        <source>%1[*] — Cloudwright</source>
        <translation>%1[*] — Cloudwright</translation>
    </message>
    <message>
        <source>✖ %1  ⚠ %2  ℹ %3</source>
        <translation>✖ %1  ⚠ %2  ℹ %3</translation>
    </message>
    <message>
        <source>%1/mo%2 · %3</source>
        <translation>%1%2/md. · %3</translation>
    </message>
    <message>
        <source>+?</source>
        <translation>+?</translation>
    </message>
    <message>
        <source>Copied 1 item</source>
        <translation>1 element kopieret</translation>
    </message>
    <message>
        <source>Copied %1 items</source>
        <translation>%1 elementer kopieret</translation>
    </message>
    <message>
        <source>The clipboard holds no Cloudwright items</source>
        <translation>Udklipsholderen indeholder ingen Cloudwright-elementer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing it?</source>
        <translation>“%1” har ændringer, der ikke er gemt. Vil du gemme dem, før det lukkes?</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <source>The autosaved copy could not be read.

%1</source>
        <translation>Den autogemte kopi kunne ikke læses.

%1</translation>
    </message>
    <message>
        <source>Recovered unsaved work from %1</source>
        <translation>Ikke-gemt arbejde fra %1 er gendannet</translation>
    </message>
    <message>
        <source>“%1” (never saved)</source>
        <translation>“%1” (aldrig gemt)</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Gendan ikke-gemt arbejde</translation>
    </message>
    <message>
        <source>Cloudwright did not close properly. Unsaved work on %1 was kept at %2.</source>
        <translation>Cloudwright blev ikke lukket korrekt. Ikke-gemt arbejde på %1 blev bevaret i %2.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>Recovered work opens as unsaved changes; save it to keep it.</source>
        <translation>Gendannet arbejde åbnes som ikke-gemte ændringer; gem det for at beholde det.</translation>
    </message>
    <message>
        <source>Open architecture</source>
        <translation>Åbn arkitektur</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Kan ikke åbne filen</translation>
    </message>
    <message>
        <source>Cloudwright could not open “%1”.</source>
        <translation>Cloudwright kunne ikke åbne “%1”.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 er åbnet</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>arkitektur</translation>
    </message>
    <message>
        <source>Save architecture</source>
        <translation>Gem arkitektur</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Kan ikke gemme</translation>
    </message>
    <message>
        <source>%1

The diagram is still open and nothing in it is lost; try another folder or name.</source>
        <translation>%1

Diagrammet er stadig åbent, og intet i det er gået tabt; prøv en anden mappe eller et andet navn.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 er gemt</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Ryd liste</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Rapporten er gemt: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>How to design, check and cost an architecture in Cloudwright (F1)</source>
        <translation>Sådan designer, kontrollerer og prissætter du en arkitektur i Cloudwright (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>Every command&apos;s keys, and the canvas&apos;s</source>
        <translation>Tasterne til alle kommandoer og til lærredet</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Startside</translation>
    </message>
    <message>
        <source>Templates and lessons to start from</source>
        <translation>Skabeloner og lektioner at starte fra</translation>
    </message>
    <message>
        <source>&amp;About Cloudwright</source>
        <translation>&amp;Om Cloudwright</translation>
    </message>
    <message>
        <source>The version, the licence and where the prices come from</source>
        <translation>Versionen, licensen og hvor priserne kommer fra</translation>
    </message>
    <message>
        <source>Added at the centre of the view; Ctrl+K connects it, arrows move it</source>
        <translation>Tilføjet midt i visningen; Ctrl+K forbinder den, piletasterne flytter den</translation>
    </message>
    <message>
        <source>Select one node to connect from (Tab moves between nodes)</source>
        <translation>Markér den node, der skal forbindes fra (Tab skifter mellem noder)</translation>
    </message>
    <message>
        <source>There is no other node to connect to yet</source>
        <translation>Der er endnu ingen anden node at forbinde til</translation>
    </message>
    <message>
        <source>Connected: %1 → %2</source>
        <translation>Forbundet: %1 → %2</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>The lesson running: its steps, exercise and quiz</source>
        <translation>Den igangværende lektion: dens trin, øvelse og quiz</translation>
    </message>
    <message>
        <source>Exercise passed: every condition is met</source>
        <translation>Øvelsen er bestået: alle betingelser er opfyldt</translation>
    </message>
    <message>
        <source>Open Lesson &amp;File…</source>
        <translation>Åbn lektions&amp;fil…</translation>
    </message>
    <message>
        <source>Run a lesson file (cloudwright-lesson JSON) a teacher wrote</source>
        <translation>Kør en lektionsfil (cloudwright-lesson JSON), som en underviser har skrevet</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Åbn lektion</translation>
    </message>
    <message>
        <source>Cloudwright lessons (*.json);;All files (*)</source>
        <translation>Cloudwright-lektioner (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>&amp;Luk lektion</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Præsentér</translation>
    </message>
    <message>
        <source>Present full screen: the lesson&apos;s steps as captions, large type (F5; Esc leaves)</source>
        <translation>Præsentér i fuld skærm: lektionens trin som billedtekster, stor skrift (F5; Esc afslutter)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Kan ikke åbne lektionen</translation>
    </message>
    <message>
        <source>Cloudwright could not open the lesson “%1”.</source>
        <translation>Cloudwright kunne ikke åbne lektionen “%1”.</translation>
    </message>
    <message>
        <source>Lesson “%1”: %2 steps; Next goes on, F5 presents it full screen</source>
        <translation>Lektionen “%1”: %2 trin; Næste går videre, F5 præsenterer den i fuld skærm</translation>
    </message>
    <message>
        <source>Opened %1 without its lesson: %2</source>
        <translation>%1 er åbnet uden sin lektion: %2</translation>
    </message>
    <message>
        <source>Lesson closed; the whole diagram is shown</source>
        <translation>Lektionen er lukket; hele diagrammet vises</translation>
    </message>
    <message>
        <source>Preferences applied</source>
        <translation>Indstillingerne er anvendt</translation>
    </message>
    <message>
        <source>There is no template “%1”</source>
        <translation>Der er ingen skabelon “%1”</translation>
    </message>
    <message>
        <source>New diagram from the template “%1”; Save asks where to keep it</source>
        <translation>Nyt diagram fra skabelonen “%1”; Gem spørger, hvor det skal gemmes</translation>
    </message>
    <message>
        <source>Preferences applied; the new language takes effect when Cloudwright starts again</source>
        <translation>Indstillingerne er anvendt; det nye sprog træder i kraft, når Cloudwright startes igen</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Redigeringshistorik</translation>
    </message>
    <message>
        <source>Every edit in order; choosing one undoes or redoes back to it</source>
        <translation>Alle redigeringer i rækkefølge; vælg en for at fortryde eller gentage tilbage til den</translation>
    </message>
    <message>
        <source>Open Sa&amp;mple</source>
        <translation>Åbn eksem&amp;pel</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>Eksportér &amp;rapport…</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <source>Co&amp;nnect To…</source>
        <translation>Forbind &amp;til…</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>T&amp;jenester</translation>
    </message>
    <message>
        <source>Insp&amp;ector</source>
        <translation>I&amp;nspektør</translation>
    </message>
    <message>
        <source>Findin&amp;gs</source>
        <translation>Fun&amp;d</translation>
    </message>
    <message>
        <source>Cos&amp;t</source>
        <translation>Omko&amp;stninger</translation>
    </message>
    <message>
        <source>Adviso&amp;r</source>
        <translation>&amp;Rådgiver</translation>
    </message>
    <message>
        <source>Service Mo&amp;del</source>
        <translation>Servicemode&amp;l</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Lesso&amp;n</source>
        <translation>L&amp;ektion</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
</context>
<context>
    <name>cw::OptionCard</name>
    <message>
        <source>Recommended</source>
        <translation>Anbefalet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nuværende</translation>
    </message>
    <message>
        <source>Month 1 at list prices, priced like the Cost panel</source>
        <translation>Måned 1 til listepriser, prissat som i omkostningspanelet</translation>
    </message>
    <message>
        <source>No list price: %1</source>
        <translation>Ingen listepris: %1</translation>
    </message>
    <message>
        <source>pay per request</source>
        <translation>betaling pr. anmodning</translation>
    </message>
    <message>
        <source>1 replica</source>
        <translation>1 replika</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 replikaer</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source> of %1 vCPU</source>
        <translation> à %1 vCPU</translation>
    </message>
    <message>
        <source>, as drawn</source>
        <translation>, som tegnet</translation>
    </message>
    <message>
        <source>✔ Fits this workload</source>
        <translation>✔ Passer til denne arbejdsbelastning</translation>
    </message>
    <message>
        <source>✖ Does not fit: %1</source>
        <translation>✖ Passer ikke: %1</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Brug denne</translation>
    </message>
    <message>
        <source>Replace the node by %1, keeping its connections and group (one undo step)</source>
        <translation>Erstat noden med %1, og behold dens forbindelser og gruppe (ét fortrydelsestrin)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Ikke tilgængelig: %1</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>Anvend %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cw::PaletteWidget</name>
    <message>
        <source>Search services…</source>
        <translation>Søg efter tjenester…</translation>
    </message>
    <message>
        <source>Filter by name at any provider (EC2, Cloud Run, Key Vault), by kind or by category</source>
        <translation>Filtrér efter navn hos enhver udbyder (EC2, Cloud Run, Key Vault), efter type eller efter kategori</translation>
    </message>
    <message>
        <source>Drag a service or group onto the canvas (drop it inside a group to make it a member), or press Enter to add it at the centre of the view</source>
        <translation>Træk en tjeneste eller gruppe ind på lærredet (slip den i en gruppe for at gøre den til medlem), eller tryk på Enter for at tilføje den midt i visningen</translation>
    </message>
    <message>
        <source>Services and groups</source>
        <translation>Tjenester og grupper</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Søg efter tjenester</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
</context>
<context>
    <name>cw::PastePointsDialog</name>
    <message>
        <source>Paste Load Points</source>
        <translation>Indsæt belastningspunkter</translation>
    </message>
    <message>
        <source>One point a line: a time (HH:MM) or a minute of the day (0 to 1439), then requests per second, separated by a comma, a tab or spaces. The load runs straight between the points and stays flat before the first and after the last.</source>
        <translation>Ét punkt pr. linje: et klokkeslæt (TT:MM) eller et minut på dagen (0 til 1439), derefter anmodninger pr. sekund, adskilt af komma, tabulator eller mellemrum. Belastningen går lineært mellem punkterne og er konstant før det første og efter det sidste.</translation>
    </message>
    <message>
        <source>Load points</source>
        <translation>Belastningspunkter</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>One point a line: a time or a minute of the day, then requests per second</source>
        <translation>Ét punkt pr. linje: et klokkeslæt eller et minut på døgnet, derefter anmodninger pr. sekund</translation>
    </message>
</context>
<context>
    <name>cw::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light, Dark, or follow the desktop (System). Images, reports and other exports stay light.</source>
        <translation>Lyst, Mørkt eller følg skrivebordet (System). Billeder, rapporter og andre eksporter forbliver lyse.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Fastgør til gitter</translation>
    </message>
    <message>
        <source>Moved and dropped cards land on the canvas grid (View ▸ Snap to Grid, Ctrl+Shift+G)</source>
        <translation>Kort, der flyttes eller slippes, lander på lærredets gitter (Vis ▸ Fastgør til gitter, Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>Interval for autogem</translation>
    </message>
    <message>
        <source>How often unsaved work is copied to the autosave folder, in minutes; it is also copied when you pause after an edit</source>
        <translation>Hvor ofte ikke-gemt arbejde kopieres til mappen til autogem, i minutter; det kopieres også, når du holder pause efter en redigering</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default provider</source>
        <translation>Standardudbyder</translation>
    </message>
    <message>
        <source>The provider a new diagram (File ▸ New) starts with; open diagrams keep theirs</source>
        <translation>Den udbyder, et nyt diagram (Filer ▸ Ny) starter med; åbne diagrammer beholder deres</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Generisk</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <source>The region a new diagram starts with, as the provider names it (us-east-1, westeurope); empty for none</source>
        <translation>Den region, et nyt diagram starter med, som udbyderen navngiver den (us-east-1, westeurope); tom for ingen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Cost horizon</source>
        <translation>Omkostningshorisont</translation>
    </message>
    <message>
        <source>How many months the cost panel projects when it opens</source>
        <translation>Hvor mange måneder omkostningspanelet fremskriver, når det åbnes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>Cost periods</source>
        <translation>Omkostningsperioder</translation>
    </message>
    <message>
        <source>Whether the cost chart shows each month or each year</source>
        <translation>Om omkostningsgrafen viser hver måned eller hvert år</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Pr. år</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Redigering</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autogem hver:</translation>
    </message>
    <message>
        <source>New diagrams</source>
        <translation>Nye diagrammer</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Udbyder:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Cost display</source>
        <translation>Visning af omkostninger</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horisont:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Apply these settings and close</source>
        <translation>Anvend disse indstillinger, og luk</translation>
    </message>
    <message>
        <source>Apply these settings and keep the dialog open</source>
        <translation>Anvend disse indstillinger, og hold dialogen åben</translation>
    </message>
    <message>
        <source>Close without changing anything not yet applied</source>
        <translation>Luk uden at ændre noget, der ikke allerede er anvendt</translation>
    </message>
    <message>
        <source>Put the default values in the fields (applied on OK or Apply)</source>
        <translation>Indsæt standardværdierne i felterne (anvendes ved OK eller Anvend)</translation>
    </message>
    <message>
        <source>The language of menus, messages, the catalog and the rules. System follows the desktop&apos;s language. A change takes effect when Cloudwright starts again.</source>
        <translation>Sproget i menuer, meddelelser, kataloget og reglerne. System følger skrivebordets sprog. En ændring træder i kraft, når Cloudwright startes igen.</translation>
    </message>
    <message>
        <source>Grid size</source>
        <translation>Gitterstørrelse</translation>
    </message>
    <message>
        <source>The spacing of the canvas grid, in pixels at 100% zoom: what cards snap to and what the arrow keys move them by</source>
        <translation>Afstanden i lærredets gitter i pixel ved 100 % zoom: det, kort fastgøres til, og det, piletasterne flytter dem med</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Grid size:</source>
        <translation>&amp;Gitterstørrelse:</translation>
    </message>
</context>
<context>
    <name>cw::PresentationCaption</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>cw::PresentationMode</name>
    <message>
        <source>no cost yet</source>
        <translation>ingen omkostninger endnu</translation>
    </message>
    <message>
        <source>%1/mo%2</source>
        <translation>%1%2/md.</translation>
    </message>
    <message>
        <source>+?</source>
        <translation>+?</translation>
    </message>
    <message>
        <source>✖ %1  ⚠ %2  ℹ %3   ·   %4</source>
        <translation>✖ %1  ⚠ %2  ℹ %3   ·   %4</translation>
    </message>
</context>
<context>
    <name>cw::PricingMenu</name>
    <message>
        <source>&amp;On-Demand</source>
        <translation>&amp;On-demand</translation>
    </message>
    <message>
        <source>Reserved &amp;1 Year</source>
        <translation>Reserveret &amp;1 år</translation>
    </message>
    <message>
        <source>Reserved &amp;3 Years</source>
        <translation>Reserveret &amp;3 år</translation>
    </message>
    <message>
        <source>&amp;Spot</source>
        <translation>&amp;Spot</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 node</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 noder</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Priser</translation>
    </message>
    <message>
        <source>Price &amp;Everything On</source>
        <translation>Prissæt &amp;alt som</translation>
    </message>
    <message>
        <source>Price &amp;Selection On</source>
        <translation>Prissæt &amp;markeringen som</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every VM, cluster, batch job, SQL database, cache, training job and endpoint on %1, where the price book has a rate. One undoable step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle VM&apos;er, klynger, batchjob, SQL-databaser, caches, træningsjob og endpoints sættes på %1, hvor prislisten har en takst. Ét trin, der kan fortrydes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The selected nodes that have a pricing model on %1, where the price book has a rate. One undoable step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De valgte noder, der har en prismodel, sættes på %1, hvor prislisten har en takst. Ét trin, der kan fortrydes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Training on Spot</source>
        <translation>&amp;Træning på spot</translation>
    </message>
    <message>
        <source>&lt;p&gt;Training and batch jobs on spot capacity, where the price book has a rate: they can be interrupted and resumed, which is what spot is made for. Serving stays as it is. One undoable step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trænings- og batchjob sættes på spot-kapacitet, hvor prislisten har en takst: de kan afbrydes og genoptages, og det er netop det, spot er beregnet til. Det, der betjener brugerne, forbliver uændret. Ét trin, der kan fortrydes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 on %2: %3 a month</source>
        <translation>%1 på %2: %3 pr. måned</translation>
    </message>
    <message>
        <source> (%1 not priced: %2)</source>
        <translation> (%1 uden pris: %2)</translation>
    </message>
    <message>
        <source>On-demand</source>
        <comment>pricing model, opening a sentence</comment>
        <translation>On-demand</translation>
    </message>
    <message>
        <source>Reserved 1 year</source>
        <comment>pricing model, opening a sentence</comment>
        <translation>Reserveret 1 år</translation>
    </message>
    <message>
        <source>Reserved 3 years</source>
        <comment>pricing model, opening a sentence</comment>
        <translation>Reserveret 3 år</translation>
    </message>
    <message>
        <source>Spot</source>
        <comment>pricing model, opening a sentence</comment>
        <translation>Spot</translation>
    </message>
</context>
<context>
    <name>cw::PropertyEditor</name>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
</context>
<context>
    <name>cw::QuizWidget</name>
    <message>
        <source>Choice %1: %2</source>
        <translation>Svarmulighed %1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tjek</translation>
    </message>
    <message>
        <source>Check the answer you chose</source>
        <translation>Tjek det svar, du valgte</translation>
    </message>
    <message>
        <source>Quiz answer</source>
        <translation>Quizsvar</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ Rigtigt.</translation>
    </message>
    <message>
        <source>✘ Not quite: the answer is “%1”.</source>
        <translation>✘ Ikke helt: svaret er “%1”.</translation>
    </message>
    <message>
        <source>One answer to the question; Check tells whether it is right</source>
        <translation>Et svar på spørgsmålet; Tjek fortæller, om det er rigtigt</translation>
    </message>
</context>
<context>
    <name>cw::ReportDialog</name>
    <message>
        <source>Export Report — %1</source>
        <translation>Eksportér rapport — %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>How many months the cost table and chart cover</source>
        <translation>Hvor mange måneder omkostningstabellen og -grafen dækker</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Write the report as HTML (one self-contained file), Markdown or PDF</source>
        <translation>Gem rapporten som HTML (én selvstændig fil), Markdown eller PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>%1 steps in the plan · month 1 %2 · %3</source>
        <translation>%1 trin i planen · måned 1 %2 · %3</translation>
    </message>
    <message>
        <source>HTML, one self-contained file (*.html);;PDF (*.pdf);;Markdown with SVG pictures (*.md)</source>
        <translation>HTML, én selvstændig fil (*.html);;PDF (*.pdf);;Markdown med SVG-billeder (*.md)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Eksportér rapport</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Drawing the diagram…</source>
        <translation>Tegner diagrammet…</translation>
    </message>
    <message>
        <source>Working out findings and cost…</source>
        <translation>Beregner fund og omkostninger…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>The report was not written.

%1</source>
        <translation>Rapporten blev ikke gemt.

%1</translation>
    </message>
    <message>
        <source>Cost months</source>
        <translation>Omkostningsmåneder</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Forhåndsvisning af rapport</translation>
    </message>
    <message>
        <source>The report&apos;s pages as they will be printed or written to PDF</source>
        <translation>Rapportens sider, som de bliver udskrevet eller skrevet til PDF</translation>
    </message>
    <message>
        <source>Print the report on a printer</source>
        <translation>Udskriv rapporten på en printer</translation>
    </message>
    <message>
        <source>&amp;Cost over</source>
        <translation>&amp;Omkostning over</translation>
    </message>
</context>
<context>
    <name>cw::ScalingCharts</name>
    <message>
        <source>Load and capacity</source>
        <translation>Belastning og kapacitet</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikaer</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>replikaer</translation>
    </message>
    <message>
        <source>Cost over the day</source>
        <translation>Omkostning i løbet af dagen</translation>
    </message>
    <message>
        <source>USD so far</source>
        <translation>USD indtil nu</translation>
    </message>
    <message>
        <source>&amp;Load and capacity</source>
        <translation>Be&amp;lastning og kapacitet</translation>
    </message>
    <message>
        <source>&amp;Replicas</source>
        <translation>&amp;Replikaer</translation>
    </message>
    <message>
        <source>C&amp;ost over the day</source>
        <translation>&amp;Omkostning i løbet af dagen</translation>
    </message>
    <message>
        <source>The load, and the requests per second each option can serve as it scales</source>
        <translation>Belastningen og de anmodninger pr. sekund, hver mulighed kan betjene, når den skalerer</translation>
    </message>
    <message>
        <source>The replicas each option runs; for functions, the concurrent executions</source>
        <translation>De replikaer, hver mulighed kører; for funktioner de samtidige kørsler</translation>
    </message>
    <message>
        <source>What each option has cost since midnight</source>
        <translation>Hvad hver mulighed har kostet siden midnat</translation>
    </message>
    <message>
        <source>Scaling charts</source>
        <translation>Skaleringsgrafer</translation>
    </message>
    <message>
        <source>Drag across a time to zoom in; right-click to zoom out</source>
        <translation>Træk hen over et tidsrum for at zoome ind; højreklik for at zoome ud</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Hele dagen</translation>
    </message>
    <message>
        <source>Show the whole day</source>
        <translation>Vis hele dagen</translation>
    </message>
    <message>
        <source>Zoom out to the whole day</source>
        <translation>Zoom ud til hele dagen</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Belastning</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>kapacitet</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>(executions)</source>
        <translation>(kørsler)</translation>
    </message>
    <message>
        <source>%1: not priced</source>
        <translation>%1: uden pris</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an option&apos;s series: the option, then what it shows</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (does not fit)</source>
        <comment>an option&apos;s series</comment>
        <translation>%1 (passer ikke)</translation>
    </message>
    <message>
        <source>The load, the replicas and the cost over the day of each option, one chart a tab</source>
        <translation>Belastningen, replikaerne og omkostningen over døgnet for hver mulighed, én graf pr. fane</translation>
    </message>
</context>
<context>
    <name>cw::ScalingSettingsForm</name>
    <message>
        <source>Minimum replicas</source>
        <translation>Mindste antal replikaer</translation>
    </message>
    <message>
        <source>Always-on options never run fewer replicas. Auto: 1, or 2 when reliability is critical</source>
        <translation>Altid kørende muligheder kører aldrig færre replikaer. Auto: 1, eller 2, når pålideligheden er kritisk</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Maximum replicas</source>
        <translation>Største antal replikaer</translation>
    </message>
    <message>
        <source>Always-on options never run more replicas. Auto: 10 times the replicas sized for the peak</source>
        <translation>Altid kørende muligheder kører aldrig flere replikaer. Auto: 10 gange det antal replikaer, der er dimensioneret til spidsbelastningen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Container start delay in minutes</source>
        <translation>Forsinkelse ved containerstart i minutter</translation>
    </message>
    <message>
        <source>Minutes from the autoscaler&apos;s decision to a new container serving</source>
        <translation>Minutter fra autoskalerens beslutning, til en ny container betjener anmodninger</translation>
    </message>
    <message>
        <source>VM boot delay in minutes</source>
        <translation>Forsinkelse ved VM-opstart i minutter</translation>
    </message>
    <message>
        <source>Minutes from the autoscaler&apos;s decision to a new VM serving (boot and warm-up)</source>
        <translation>Minutter fra autoskalerens beslutning, til en ny VM betjener anmodninger (opstart og opvarmning)</translation>
    </message>
    <message>
        <source>Function concurrency limit</source>
        <translation>Grænse for samtidighed i funktioner</translation>
    </message>
    <message>
        <source>Concurrent executions a function may run; a request over the limit is throttled and fails</source>
        <translation>Samtidige kørsler, en funktion må have; en anmodning over grænsen bliver droslet og mislykkes</translation>
    </message>
    <message>
        <source>VMs keep a fixed count</source>
        <translation>Fast antal VM&apos;er</translation>
    </message>
    <message>
        <source>No autoscaling group: the VMs stay at the count sized for the peak</source>
        <translation>Ingen autoskaleringsgruppe: VM&apos;erne bliver på det antal, der er dimensioneret til spidsbelastningen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Timeout for anmodninger i sekunder</translation>
    </message>
    <message>
        <source>A request that would wait longer than this in the queue fails</source>
        <translation>En anmodning, der ville vente længere end dette i køen, mislykkes</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardværdier</translation>
    </message>
    <message>
        <source>Default scaling settings</source>
        <translation>Standardindstillinger for skalering</translation>
    </message>
    <message>
        <source>Back to the assumptions docs/advice.md states</source>
        <translation>Tilbage til de antagelser, som docs/advice.md angiver</translation>
    </message>
    <message>
        <source>Min replicas:</source>
        <translation>Min. replikaer:</translation>
    </message>
    <message>
        <source>Max replicas:</source>
        <translation>Maks. replikaer:</translation>
    </message>
    <message>
        <source>Container start:</source>
        <translation>Containerstart:</translation>
    </message>
    <message>
        <source>VM boot:</source>
        <translation>VM-opstart:</translation>
    </message>
    <message>
        <source>Function concurrency:</source>
        <translation>Samtidighed i funktioner:</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Timeout for anmodninger:</translation>
    </message>
</context>
<context>
    <name>cw::ScalingSummaryModel</name>
    <message>
        <source>Option</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <source>Fits?</source>
        <translation>Passer?</translation>
    </message>
    <message>
        <source>Per replica</source>
        <translation>Pr. replika</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Betjent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Peak queue</source>
        <translation>Største kø</translation>
    </message>
    <message>
        <source>Min. queued</source>
        <translation>Minutter med kø</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Requests per second one replica serves at the target utilisation (70 %)</source>
        <translation>Anmodninger pr. sekund, som én replika betjener ved måludnyttelsen (70 %)</translation>
    </message>
    <message>
        <source>Requests served over the day</source>
        <translation>Anmodninger betjent i løbet af dagen</translation>
    </message>
    <message>
        <source>Requests that failed: throttled, or waited past the timeout</source>
        <translation>Anmodninger, der mislykkedes: droslet eller ventede ud over timeout</translation>
    </message>
    <message>
        <source>The most requests waiting at the end of a minute</source>
        <translation>Det største antal anmodninger, der ventede ved slutningen af et minut</translation>
    </message>
    <message>
        <source>Minutes that ended with requests waiting</source>
        <translation>Minutter, der sluttede med ventende anmodninger</translation>
    </message>
    <message>
        <source>The day&apos;s cost: replica-hours, plus served requests for functions</source>
        <translation>Dagens omkostning: replikatimer plus betjente anmodninger for funktioner</translation>
    </message>
    <message>
        <source>A month of days like this one (730 hours)</source>
        <translation>En måned med dage som denne (730 timer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nej: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>%1 req/s × %2</source>
        <translation>%1 req/s × %2</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>uden pris</translation>
    </message>
    <message>
        <source>Does not fit this workload: %1</source>
        <translation>Passer ikke til denne arbejdsbelastning: %1</translation>
    </message>
    <message>
        <source>Not priced: %1</source>
        <translation>Uden pris: %1</translation>
    </message>
    <message>
        <source>Functions scale per request: each concurrent execution serves %1 req/s, up to the concurrency limit of %2</source>
        <translation>Funktioner skalerer pr. anmodning: hver samtidig kørsel betjener %1 req/s, op til samtidighedsgrænsen på %2</translation>
    </message>
    <message>
        <source>Replicas from %1 to %2, each serving %3 req/s; a new one serves %4 min after it is ordered</source>
        <translation>Replikaer fra %1 til %2, der hver betjener %3 req/s; en ny betjener anmodninger %4 min efter, at den er bestilt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>option (its service)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cw::ScalingTab</name>
    <message>
        <source>Scaling heading</source>
        <translation>Overskrift for skalering</translation>
    </message>
    <message>
        <source>How the options scale</source>
        <translation>Sådan skalerer mulighederne</translation>
    </message>
    <message>
        <source>Scaling summary</source>
        <translation>Oversigt over skalering</translation>
    </message>
    <message>
        <source>%1: a day of load against each option, minute by minute. Draw on the load chart or pick a shape; the charts and the table follow.</source>
        <translation>%1: et døgns belastning mod hver mulighed, minut for minut. Tegn i belastningsgrafen, eller vælg en profil; graferne og tabellen følger med.</translation>
    </message>
    <message>
        <source>Select a workload (a function, container service, cluster, VM, batch job or ML endpoint) to simulate a day of its load.</source>
        <translation>Markér en arbejdsbelastning (en funktion, containertjeneste, klynge, VM, batchjob eller ML-endpoint) for at simulere et døgn af dens belastning.</translation>
    </message>
    <message>
        <source>For each option: peak replicas, cost over the day and per month, and whether it keeps up with the load</source>
        <translation>For hver mulighed: højeste antal replikaer, omkostning over døgnet og pr. måned, og om den kan følge med belastningen</translation>
    </message>
</context>
<context>
    <name>cw::ScenarioBar</name>
    <message>
        <source>Keep as Scenario…</source>
        <translation>Gem som scenarie…</translation>
    </message>
    <message>
        <source>Keep this estimate under a name, saved with the diagram, to compare against after you change the diagram (e.g. the same workload on functions and on VMs)</source>
        <translation>Gem dette estimat under et navn sammen med diagrammet for at sammenligne med det, når du har ændret diagrammet (f.eks. den samme arbejdsbelastning på funktioner og på VM&apos;er)</translation>
    </message>
    <message>
        <source>Draw a kept scenario on the chart as a dashed line and list the change per node</source>
        <translation>Tegn et gemt scenarie i grafen som en stiplet linje, og vis ændringen pr. node</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <source>Rename the scenario compared with</source>
        <translation>Omdøb det scenarie, der sammenlignes med</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the scenario compared with (Undo brings it back)</source>
        <translation>Slet det scenarie, der sammenlignes med (Fortryd bringer det tilbage)</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Sammenlign med:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>%1 months from %2%3</source>
        <translation>%1 måneder fra %2%3</translation>
    </message>
    <message>
        <source>an unknown day</source>
        <translation>en ukendt dag</translation>
    </message>
    <message>
        <source>, incomplete</source>
        <translation>, ufuldstændigt</translation>
    </message>
    <message>
        <source>Keep the estimate as a scenario, change the diagram, then compare with it here.</source>
        <translation>Gem estimatet som et scenarie, ændr diagrammet, og sammenlign så med det her.</translation>
    </message>
    <message>
        <source>Choose a scenario in “Compare with” to see the change per node.</source>
        <translation>Vælg et scenarie under “Sammenlign med” for at se ændringen pr. node.</translation>
    </message>
    <message>
        <source>Months 1–%1: %2 in “%3”, %4 now (%5)%6</source>
        <translation>Måned 1–%1: %2 i “%3”, %4 nu (%5)%6</translation>
    </message>
    <message>
        <source>, unknown prices left out</source>
        <translation>, ukendte priser udeladt</translation>
    </message>
    <message>
        <source>Keep as Scenario</source>
        <translation>Gem som scenarie</translation>
    </message>
    <message>
        <source>Name for the current estimate (kept in the file; compare with it after changing the diagram):</source>
        <translation>Navn på det nuværende estimat (gemmes i filen; sammenlign med det, når du har ændret diagrammet):</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Omdøb scenarie</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nyt navn til “%1”:</translation>
    </message>
    <message>
        <source>Scenario to compare with</source>
        <translation>Scenarie at sammenligne med</translation>
    </message>
</context>
<context>
    <name>cw::ServiceModelLegend</name>
    <message>
        <source>Service model legend</source>
        <translation>Forklaring til servicemodeller</translation>
    </message>
    <message>
        <source>you just use it</source>
        <translation>du bruger den bare</translation>
    </message>
    <message>
        <source>you manage %1</source>
        <translation>du administrerer %1</translation>
    </message>
    <message>
        <source>Not a cloud service</source>
        <translation>Ikke en cloudtjeneste</translation>
    </message>
    <message>
        <source>users, outside apps</source>
        <translation>brugere, eksterne apps</translation>
    </message>
    <message>
        <source>not a cloud service</source>
        <translation>ikke en cloudtjeneste</translation>
    </message>
    <message>
        <source>%1: %2; %3</source>
        <translation>%1: %2; %3</translation>
    </message>
    <message>
        <source>Service models:</source>
        <translation>Servicemodeller:</translation>
    </message>
</context>
<context>
    <name>cw::ServiceModelOverlay</name>
    <message>
        <source>Service &amp;Models</source>
        <translation>Service&amp;modeller</translation>
    </message>
    <message>
        <source>Colour each card by its service model (IaaS, CaaS, PaaS, FaaS, SaaS) and show who manages what for the selected node</source>
        <translation>Farv hvert kort efter dets servicemodel (IaaS, CaaS, PaaS, FaaS, SaaS), og vis, hvem der administrerer hvad for den valgte node</translation>
    </message>
    <message>
        <source>Service Model</source>
        <translation>Servicemodel</translation>
    </message>
    <message>
        <source>Who manages what under the selected node&apos;s service model</source>
        <translation>Hvem der administrerer hvad under den valgte nodes servicemodel</translation>
    </message>
</context>
<context>
    <name>cw::ServiceModelPanel</name>
    <message>
        <source>Who manages each layer</source>
        <translation>Hvem der administrerer hvert lag</translation>
    </message>
    <message>
        <source>The cloud service stack</source>
        <translation>Lagene i en cloudtjeneste</translation>
    </message>
    <message>
        <source>managed by</source>
        <translation>administreres af</translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation>Ingen node markeret</translation>
    </message>
    <message>
        <source>Select a node on the canvas to see who manages what under its service model.</source>
        <translation>Markér en node på lærredet for at se, hvem der administrerer hvad under dens servicemodel.</translation>
    </message>
    <message>
        <source>%1: not a cloud service</source>
        <translation>%1: ikke en cloudtjeneste</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 Examples: %2.</source>
        <translation>%1 Eksempler: %2.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>dig</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>udbyderen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cw::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lærred</translation>
    </message>
    <message>
        <source>Nudge the selection by a grid step</source>
        <translation>Flyt markeringen et gittertrin</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piletaster</translation>
    </message>
    <message>
        <source>Nudge the selection by one unit</source>
        <translation>Flyt markeringen én enhed</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+piletaster</translation>
    </message>
    <message>
        <source>Pan the view</source>
        <translation>Panorér visningen</translation>
    </message>
    <message>
        <source>Space+drag, middle button drag</source>
        <translation>Mellemrum+træk, træk med midterknappen</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Zoom omkring markøren</translation>
    </message>
    <message>
        <source>Ctrl+wheel, wheel</source>
        <translation>Ctrl+hjul, hjul</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Rul sidelæns</translation>
    </message>
    <message>
        <source>Shift+wheel</source>
        <translation>Shift+hjul</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>Føj til markeringen</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+klik</translation>
    </message>
    <message>
        <source>Cancel a drag or a connection</source>
        <translation>Annuller en trækning eller en forbindelse</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Next or previous card, in reading order</source>
        <translation>Næste eller forrige kort i læserækkefølge</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Nearest card that way</source>
        <translation>Nærmeste kort i den retning</translation>
    </message>
    <message>
        <source>Alt+Arrow keys</source>
        <translation>Alt+piletaster</translation>
    </message>
    <message>
        <source>Add the palette&apos;s service at the view&apos;s centre</source>
        <translation>Tilføj den valgte tjeneste i paletten midt i visningen</translation>
    </message>
    <message>
        <source>Enter (in the palette)</source>
        <translation>Enter (i paletten)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjenester</translation>
    </message>
    <message>
        <source>Filter by command, key or menu</source>
        <translation>Filtrér efter kommando, tast eller menu</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrér genveje</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Commands without keys can be reached with Alt and the underlined letters of the menus.</source>
        <translation>Kommandoer uden taster kan nås med Alt og de understregede bogstaver i menuerne.</translation>
    </message>
    <message>
        <source>Every command with its keys and where it works; the filter above narrows the list</source>
        <translation>Alle kommandoer med deres taster, og hvor de virker; filteret ovenfor indsnævrer listen</translation>
    </message>
</context>
<context>
    <name>cw::StartCard</name>
    <message>
        <source>Click or press Enter to open it.</source>
        <translation>Klik eller tryk på Enter for at åbne den.</translation>
    </message>
</context>
<context>
    <name>cw::StartPage</name>
    <message>
        <source>1 error</source>
        <translation>1 fejl</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 fejl</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advarsler</translation>
    </message>
    <message>
        <source>1 info</source>
        <translation>1 info</translation>
    </message>
    <message>
        <source>%1 infos</source>
        <translation>%1 info</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>ingen fund</translation>
    </message>
    <message>
        <source>Start — Cloudwright</source>
        <translation>Start — Cloudwright</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startside</translation>
    </message>
    <message>
        <source>Start a diagram</source>
        <translation>Start et diagram</translation>
    </message>
    <message>
        <source>Open a template as a new, untitled diagram, or a lesson to walk a class through it.</source>
        <translation>Åbn en skabelon som et nyt diagram uden navn, eller en lektion for at føre en klasse igennem den.</translation>
    </message>
    <message>
        <source>&amp;Blank Diagram</source>
        <translation>&amp;Tomt diagram</translation>
    </message>
    <message>
        <source>Start an empty diagram</source>
        <translation>Start et tomt diagram</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open a .cwa file</source>
        <translation>Åbn en .cwa-fil</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 node</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 noder</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/md.</translation>
    </message>
    <message>
        <source>%1/mo + unpriced</source>
        <translation>%1/md. + uden pris</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source> · on “%1”</source>
        <translation> · bygger på “%1”</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 trin</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 trin</translation>
    </message>
    <message>
        <source>No lessons are bundled with this build.</source>
        <translation>Der følger ingen lektioner med denne udgave.</translation>
    </message>
    <message>
        <source>Close the start page; the open diagram stays</source>
        <translation>Luk startsiden; det åbne diagram forbliver åbent</translation>
    </message>
</context>
<context>
    <name>cw::TidyUp</name>
    <message>
        <source>Tidy &amp;Up Diagram</source>
        <translation>&amp;Ryd op i diagrammet</translation>
    </message>
    <message>
        <source>Tidy &amp;Up Selection</source>
        <translation>&amp;Ryd op i markeringen</translation>
    </message>
    <message>
        <source>Lay out the selected nodes and groups again where they are, so that they read left to right (one undoable step)</source>
        <translation>Placér de valgte noder og grupper på ny, der hvor de er, så de læses fra venstre mod højre (ét trin, der kan fortrydes)</translation>
    </message>
    <message>
        <source>Lay out the whole diagram so that it reads left to right: entry, network, compute, data; groups compact, few crossings (one undoable step)</source>
        <translation>Placér hele diagrammet, så det læses fra venstre mod højre: indgang, netværk, beregning, data; kompakte grupper, få krydsninger (ét trin, der kan fortrydes)</translation>
    </message>
    <message>
        <source>Tidy Up Diagram</source>
        <translation>Ryd op i diagrammet</translation>
    </message>
    <message>
        <source>Tidy Up Selection</source>
        <translation>Ryd op i markeringen</translation>
    </message>
    <message>
        <source>The diagram is already tidy</source>
        <translation>Diagrammet er allerede ryddeligt</translation>
    </message>
    <message>
        <source>The selection is already tidy</source>
        <translation>Markeringen er allerede ryddelig</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>1 node</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 noder</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 gruppe</translation>
    </message>
    <message>
        <source>%1 groups</source>
        <translation>%1 grupper</translation>
    </message>
    <message>
        <source>%1: arranged %2 with %3; Ctrl+Z puts them back</source>
        <translation>%1: %2 er placeret med %3; Ctrl+Z sætter dem tilbage</translation>
    </message>
</context>
<context>
    <name>cw::ViewScene</name>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Fix:&lt;/i&gt; %5%6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt; · %3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Løsning:&lt;/i&gt; %5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Suppressed: %1&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Undertrykt: %1&lt;/i&gt;</translation>
    </message>
</context>
</TS>
