#pragma once

#include "advice/option_scaling.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace cw {

/// How the options scale, for the simulation: replicas' floor and ceiling, how long a
/// new container or VM takes to serve, the functions' concurrency limit, whether VMs
/// keep a fixed count, and how long a request may wait. Starts at ScalingAssumptions'
/// defaults (docs/advice.md); "Defaults" goes back to them.
class ScalingSettingsForm : public QWidget {
    Q_OBJECT

public:
    explicit ScalingSettingsForm(QWidget* parent = nullptr);

    advice::ScalingAssumptions assumptions() const;
    void setAssumptions(const advice::ScalingAssumptions& assume);

    QSpinBox* minReplicasBox() const { return m_minReplicas; }
    QSpinBox* maxReplicasBox() const { return m_maxReplicas; }
    QSpinBox* containerStartBox() const { return m_containerStart; }
    QSpinBox* vmBootBox() const { return m_vmBoot; }
    QSpinBox* concurrencyBox() const { return m_concurrency; }
    QCheckBox* vmsFixedBox() const { return m_vmsFixed; }
    QDoubleSpinBox* timeoutBox() const { return m_timeout; }

Q_SIGNALS:
    void changed();

private:
    QSpinBox* m_minReplicas = nullptr;
    QSpinBox* m_maxReplicas = nullptr;
    QSpinBox* m_containerStart = nullptr;
    QSpinBox* m_vmBoot = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QCheckBox* m_vmsFixed = nullptr;
    QDoubleSpinBox* m_timeout = nullptr;
};

} // namespace cw
