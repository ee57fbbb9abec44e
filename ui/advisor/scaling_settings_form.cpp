#include "advisor/scaling_settings_form.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace cw {

namespace {

QSpinBox* spin(QWidget* parent, int lo, int hi, const QString& suffix, const QString& name, const QString& tip)
{
    auto* box = new QSpinBox(parent);
    box->setRange(lo, hi);
    box->setSuffix(suffix);
    box->setAccessibleName(name);
    box->setToolTip(tip);
    return box;
}

} // namespace

ScalingSettingsForm::ScalingSettingsForm(QWidget* parent)
    : QWidget(parent)
{
    m_minReplicas = spin(this, 0, 10000, QString(), tr("Minimum replicas"),
        tr("Always-on options never run fewer replicas. Auto: 1, or 2 when reliability is critical"));
    m_minReplicas->setSpecialValueText(tr("Auto"));
    m_maxReplicas = spin(this, 0, 100000, QString(), tr("Maximum replicas"),
        tr("Always-on options never run more replicas. Auto: 10 times the replicas sized for the peak"));
    m_maxReplicas->setSpecialValueText(tr("Auto"));
    m_containerStart = spin(this, 0, 60, tr(" min"), tr("Container start delay in minutes"),
        tr("Minutes from the autoscaler's decision to a new container serving"));
    m_vmBoot = spin(this, 0, 60, tr(" min"), tr("VM boot delay in minutes"),
        tr("Minutes from the autoscaler's decision to a new VM serving (boot and warm-up)"));
    m_concurrency = spin(this, 1, 1000000, QString(), tr("Function concurrency limit"),
        tr("Concurrent executions a function may run; a request over the limit is throttled and fails"));
    m_concurrency->setGroupSeparatorShown(true);
    m_vmsFixed = new QCheckBox(tr("VMs keep a fixed count"), this);
    m_vmsFixed->setAccessibleName(tr("VMs keep a fixed count"));
    m_vmsFixed->setToolTip(tr("No autoscaling group: the VMs stay at the count sized for the peak"));
    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setRange(0, 3600);
    m_timeout->setDecimals(0);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setToolTip(tr("A request that would wait longer than this in the queue fails"));
    auto* defaults = new QPushButton(tr("Defaults"), this);
    defaults->setAccessibleName(tr("Default scaling settings"));
    defaults->setToolTip(tr("Back to the assumptions docs/advice.md states"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Min replicas:"), m_minReplicas);
    form->addRow(tr("Max replicas:"), m_maxReplicas);
    form->addRow(tr("Container start:"), m_containerStart);
    form->addRow(tr("VM boot:"), m_vmBoot);
    form->addRow(tr("Function concurrency:"), m_concurrency);
    form->addRow(m_vmsFixed);
    form->addRow(tr("Request timeout:"), m_timeout);
    form->addRow(defaults);

    setAssumptions({});
    for (QSpinBox* box : {m_minReplicas, m_maxReplicas, m_containerStart, m_vmBoot, m_concurrency})
        connect(box, &QSpinBox::valueChanged, this, &ScalingSettingsForm::changed);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, &ScalingSettingsForm::changed);
    connect(m_vmsFixed, &QCheckBox::toggled, this, &ScalingSettingsForm::changed);
    connect(defaults, &QPushButton::clicked, this, [this] { setAssumptions({}); });
}

advice::ScalingAssumptions ScalingSettingsForm::assumptions() const
{
    advice::ScalingAssumptions a;
    a.minReplicas = m_minReplicas->value();
    a.maxReplicas = m_maxReplicas->value();
    a.containerStartMin = m_containerStart->value();
    a.vmBootMin = m_vmBoot->value();
    a.functionConcurrency = m_concurrency->value();
    a.vmsFixed = m_vmsFixed->isChecked();
    a.timeoutSeconds = m_timeout->value();
    return a;
}

void ScalingSettingsForm::setAssumptions(const advice::ScalingAssumptions& a)
{
    {
        const QSignalBlocker b1(m_minReplicas), b2(m_maxReplicas), b3(m_containerStart), b4(m_vmBoot),
            b5(m_concurrency), b6(m_vmsFixed), b7(m_timeout);
        m_minReplicas->setValue(a.minReplicas);
        m_maxReplicas->setValue(a.maxReplicas);
        m_containerStart->setValue(a.containerStartMin);
        m_vmBoot->setValue(a.vmBootMin);
        m_concurrency->setValue(a.functionConcurrency);
        m_vmsFixed->setChecked(a.vmsFixed);
        m_timeout->setValue(a.timeoutSeconds);
    }
    Q_EMIT changed();
}

} // namespace cw
