import { BehaviorSubject } from 'rxjs';

/**
 * Every label the app shows, in English and Chinese. Keys are grouped by where they appear; KPI keys
 * are those of shared/reference/kpis.md, state keys those of the model (plus the KPI's `empty`),
 * strategy keys the registry's names, so callers can build keys from data (`kpi.${key}`).
 */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const EN = {
  'app.title': 'Zhigang — smart-port container terminal simulator',
  'app.language': 'Language',
  'lang.zh': '中文',
  'lang.en': 'English',

  'term.quayCrane': 'Quay crane (QC)',
  'term.yardCrane': 'Yard crane',
  'term.vehicle': 'ART',
  'term.vehicles': 'ARTs (driverless electric trucks)',
  'term.externalTruck': 'External truck',
  'term.charger': 'Charging station',
  'term.vessel': 'Vessel',
  'term.vesselCall': 'Vessel call',
  'term.berth': 'Berth',
  'term.block': 'Yard block',
  'term.gate': 'Gate',

  'kpi.moves': 'Container moves',
  'kpi.craneRate': 'Gross crane rate',
  'kpi.berthRate': 'Berth rate',
  'kpi.vesselTurnaroundH': 'Vessel turnaround',
  'kpi.qcBound': 'QC-bound',
  'kpi.gapToQcBound': 'Gap to QC-bound',
  'kpi.qcWaitShare': 'Crane wait share',
  'kpi.vehicleStateShares': 'Vehicle state shares',
  'kpi.emptyTravelRatio': 'Empty-travel ratio',
  'kpi.energyPerMoveKWh': 'Energy per move',
  'kpi.chargerUtilisation': 'Charger utilisation',
  'kpi.chargerQueueMean': 'Charger queue',
  'kpi.rehandlesPerRetrieval': 'Rehandles per retrieval',
  'kpi.yardOccupancy': 'Yard occupancy',
  'kpi.yardCraneUtilisation': 'Yard crane utilisation',
  'kpi.externalTurnTimeMin': 'External truck turn time',
  'kpi.fleetNeeded': 'Fleet needed',

  'kpiHelp.craneRate': "Moves of a quay crane on a vessel ÷ time from its first to its last move; terminal-wide, weighted by moves",
  'kpiHelp.qcBound': 'The crane rate if the crane never waited for a vehicle or a box: 3600 ÷ mean cycle time',
  'kpiHelp.gapToQcBound': '1 − crane rate ÷ QC-bound',
  'kpiHelp.qcWaitShare': 'Share of crane working time idle because no vehicle (discharge) or no box (load) is at the transfer lane',
  'kpiHelp.berthRate': 'All moves of a vessel call ÷ (departure − berthing)',
  'kpiHelp.emptyTravelRatio': 'Distance driven empty ÷ total distance',
  'kpiHelp.energyPerMoveKWh': 'kWh drawn by the fleet ÷ moves',
  'kpiHelp.rehandlesPerRetrieval': 'Boxes moved aside ÷ boxes retrieved from the yard',
  'kpiHelp.yardOccupancy': 'Occupied slots ÷ slots, time average',
  'kpiHelp.externalTurnTimeMin': 'Gate-in to gate-out, mean',
  'kpiHelp.chargerQueueMean': 'Time-average number of vehicles waiting for a plug',

  'state.parked': 'Parked',
  'state.idle': 'Idle',
  'state.toPickup': 'Empty to pickup',
  'state.empty': 'Empty',
  'state.loaded': 'Loaded',
  'state.waitQuay': 'Waiting at quay',
  'state.waitYard': 'Waiting at yard',
  'state.toCharger': 'To charger',
  'state.charging': 'Charging',

  'strategy.fcfs': 'First come, first served',
  'strategy.nearest': 'Nearest vehicle',
  'strategy.dedicated': 'Dedicated gangs',
  'strategy.pooled-lap': 'Pooled, optimal assignment',
  'strategy.lookahead': 'Look-ahead',
  'strategy.dual-cycle': 'Dual cycling',
  'strategy.energy-aware': 'Energy-aware pooling',
  'strategyHint.fcfs': 'The oldest ready job goes to the vehicle free longest: the baseline',
  'strategyHint.nearest': 'Jobs in crane order, each to the free vehicle that reaches it soonest',
  'strategyHint.dedicated': 'Each quay crane keeps its own gang of vehicles, the traditional way',
  'strategyHint.pooled-lap': 'Any vehicle serves any crane; an optimal assignment at every decision',
  'strategyHint.lookahead': 'Matches vehicles to the next moves of every crane over a rolling horizon',
  'strategyHint.dual-cycle': 'A vehicle that brings an export box leaves with the next import box: loaded both ways',
  'strategyHint.energy-aware': 'Pooled, with dual-threshold charging: no job a vehicle could not finish with a reserve',

  'chart.craneRatePerCrane': 'Crane rate per quay crane',
  'chart.craneRatePerCall': 'Crane rate per vessel call',
  'chart.craneRateHourly': 'Crane rate, hourly',
  'chart.qcWaitShareHourly': 'Crane wait share, hourly',
  'chart.stateShares': 'Vehicle state shares over time',
  'chart.chargeHistogram': 'State of charge of the fleet',
  'chart.chargerQueue': 'Charging stations',
  'chart.yardOccupancy': 'Yard occupancy, hourly',
  'chart.rehandles': 'Rehandles per retrieval, hourly',
  'chart.externalTurnTime': 'External truck turn time, hourly',
  'chart.chargerQueueHourly': 'Charger queue, hourly',
  'chart.craneRateOverTime': 'Crane rate over time',
  'chart.waitShareOverTime': 'Crane wait share over time',
  'chart.truckTurnTime': 'External truck turn time',
  'chart.plugsBusy': 'Plugs in use',
  'chart.queueing': 'Queueing',
  'chart.plugs': 'Plugs',
  'chart.noData': 'No data yet',

  'axis.time': 'Simulated time (h)',
  'axis.crane': 'Quay crane',
  'axis.call': 'Vessel call',
  'axis.share': 'Share',
  'axis.vehicles': 'Vehicles',
  'axis.charge': 'State of charge (%)',
  'axis.station': 'Charging station',

  'ctrl.play': 'Play',
  'ctrl.pause': 'Pause',
  'ctrl.speed': 'Speed',
  'ctrl.asFastAsPossible': 'As fast as possible',
  'ctrl.jumpTo': 'Jump to',
  'ctrl.step': 'Step',
  'ctrl.restart': 'Restart',

  'panel.scenario': 'Scenario',
  'panel.compare': 'Compare strategies',
  'panel.inspector': 'Inspector',
  'panel.kpis': 'Key figures',
  'panel.charts': 'Charts',
  'panel.view': 'Terminal view',
  'panel.dashboard': 'Dashboard',

  'form.fleet': 'Fleet (ARTs)',
  'form.cranesPerVessel': 'Quay cranes per vessel',
  'form.chargers': 'Charging stations',
  'form.strategy': 'Dispatch strategy',
  'form.seed': 'Random seed',
  'form.duration': 'Duration',
  'form.upload': 'Load scenario file',
  'form.apply': 'Apply',
  'form.add': 'Add',
  'form.remove': 'Remove',
  'form.scenario': 'Scenario',
  'form.uploadScenario': 'Scenario file (JSON)',
  'form.uploadLayout': 'Layout file (GeoJSON)',
  'form.uploaded': 'Uploaded scenario',
  'form.scenarioStrategy': "The scenario's own strategy",
  'form.warmUp': 'Warm-up',
  'form.expectWhole': 'expected a whole number',
  'form.expectDuration': 'expected a duration such as 24h, 7d, 90m or 3600 (seconds)',

  'compare.hint': "Pick 2 to 4 strategies: they run on the same scenario with the same random numbers, so the differences are the strategies' own.",
  'compare.seeds': 'Replications (seeds)',
  'compare.start': 'Compare',
  'compare.stop': 'Stop',
  'compare.running': 'Running replications',
  'compare.baseline': 'Baseline',
  'compare.kpi': 'KPI',
  'results.title': 'Experiment results',
  'results.hint': 'Open a results folder of npx zhigang batch (or merge): its experiment.json and runs.jsonl give the same report as npx zhigang report.',
  'results.openDir': 'Results folder',
  'results.openFiles': 'or its experiment.json and runs.jsonl',
  'results.missing': 'Pick a results folder, or both files: {files} missing',
  'results.shown': '{name} · {done} of {planned} replications',
  'results.download': 'Download report (HTML)',
  'compare.seedsCaption': 'Mean ± 95% confidence interval; seeds',
  'compare.liveCaption': 'Live figures from one seed; with several seeds, means and 95% confidence intervals follow',
  'compare.pickTwoToFour': 'Pick 2 to 4 strategies to compare',

  'export.json': 'Export results (JSON)',
  'export.csv': 'Export hourly series (CSV)',

  'demo.title': 'Guided demo',
  'demo.start': 'Start demo',
  'demo.stop': 'End demo',
  'demo.next': 'Next',
  'demo.previous': 'Back',
  'demo.intro': 'An automated terminal: quay cranes work the vessel, driverless electric ARTs carry boxes to the yard cranes.',
  'demo.craneWait': 'Every minute a quay crane waits for an ART is lost berth time: watch the crane wait share.',
  'demo.dedicated': 'Dedicated gangs: each crane keeps its own ARTs, so some wait while other cranes starve.',
  'demo.pooled': 'Pooling: any ART serves any crane, and the crane rate moves towards the QC-bound.',
  'demo.dualCycle': 'Dual cycling: the ART that delivers an export box leaves with an import box, so it rarely drives empty.',
  'demo.charging': 'Batteries: ARTs charge between shifts of work; energy-aware dispatch keeps cranes from waiting on a charger.',
  'demo.yard': 'The yard: rehandles rise as blocks fill; external trucks wait on them at the gate.',
  'demo.directFlows': 'Ship-side direct pickup and direct loading on arrival let cleared boxes skip the yard.',

  'inspector.none': 'Click a vehicle or crane to inspect it',
  'inspector.id': 'ID',
  'inspector.follow': 'Follow',
  'inspector.trail': 'Trail (min)',
  'inspector.vehicle': 'ART',
  'inspector.quayCrane': 'Quay crane',
  'inspector.yardCrane': 'Yard crane',
  'inspector.state': 'State',
  'inspector.since': 'Since',
  'inspector.job': 'Job',
  'inspector.noJob': 'No job',
  'inspector.discharge': 'Discharge',
  'inspector.load': 'Load',
  'inspector.due': 'Due',
  'inspector.charge': 'Charge',
  'inspector.drivingEnergy': 'Energy driven',
  'inspector.chargedEnergy': 'Energy charged',
  'inspector.cargo': 'Cargo',
  'inspector.distanceEmpty': 'Distance empty',
  'inspector.distanceLoaded': 'Distance loaded',
  'inspector.call': 'Vessel call',
  'inspector.movesDone': 'Moves done',
  'inspector.movesLeft': 'Moves left',
  'inspector.holding': 'Holding',
  'inspector.block': 'Block',
  'inspector.zone': 'Working zone (bays)',
  'inspector.bay': 'Bay',
  'inspector.busy': 'Busy',
  'inspector.queue': 'Queue',

  'colour.vehicles': 'Colour ARTs',
  'colour.byState': 'By state',
  'colour.byCharge': 'By charge',
  'colour.boxes': 'Colour boxes',
  'colour.byCall': 'By vessel call',
  'colour.byFlow': 'By import / export',

  'legend.import': 'Import',
  'legend.export': 'Export',
  'legend.transshipment': 'Transshipment',
  'legend.directPickup': 'Ship-side direct pickup',
  'legend.directLoading': 'Direct loading on arrival',
  'legend.lowCharge': 'Low charge',
  'legend.fullCharge': 'Full charge',

  'clock.simTime': 'Simulated time',
  'clock.day': 'Day',
  'clock.dayN': 'Day {n}',
  'summary.terminal': 'seed {seed} · {vehicles} ARTs · {quayCranes} quay cranes · {blocks} yard blocks',
  'clock.warmUp': 'Warm-up',
  'clock.warmUpNote': 'Warm-up until {time}: the KPIs leave it out and start counting then',
  'clock.skipWarmUp': 'Skip the warm-up',
  'clock.paused': 'Paused',
  'clock.finished': 'Run finished',
  'clock.speedTimes': '{x}× real time',

  'unit.movesPerH': 'moves/h',
  'unit.moves': 'moves',
  'unit.h': 'h',
  'unit.min': 'min',
  'unit.percent': '%',
  'unit.kWh': 'kWh',
  'unit.kWhPerMove': 'kWh/move',
  'unit.vehicles': 'vehicles',
  'unit.boxes': 'boxes',
} as const satisfies Record<string, string>;

export type LabelKey = keyof typeof EN;
export type Translate = (key: LabelKey) => string;

// Chinese in the terms Chinese terminals use: 岸桥, 场桥, 无人集卡 (ART), 台时效率, 翻箱, 外集卡…
const ZH: Record<LabelKey, string> = {
  'app.title': '智港 — 智慧港口集装箱码头仿真',
  'app.language': '语言',
  'lang.zh': '中文',
  'lang.en': 'English',

  'term.quayCrane': '岸桥',
  'term.yardCrane': '场桥',
  'term.vehicle': 'ART',
  'term.vehicles': '无人集卡（ART）',
  'term.externalTruck': '外集卡',
  'term.charger': '充电桩',
  'term.vessel': '船舶',
  'term.vesselCall': '船舶航次',
  'term.berth': '泊位',
  'term.block': '箱区',
  'term.gate': '闸口',

  'kpi.moves': '作业箱量',
  'kpi.craneRate': '台时效率',
  'kpi.berthRate': '泊位效率',
  'kpi.vesselTurnaroundH': '船舶在港时间',
  'kpi.qcBound': '岸桥理论效率',
  'kpi.gapToQcBound': '距理论效率差距',
  'kpi.qcWaitShare': '岸桥等待占比',
  'kpi.vehicleStateShares': '车辆状态占比',
  'kpi.emptyTravelRatio': '空驶率',
  'kpi.energyPerMoveKWh': '单箱能耗',
  'kpi.chargerUtilisation': '充电桩利用率',
  'kpi.chargerQueueMean': '充电排队车辆数',
  'kpi.rehandlesPerRetrieval': '翻箱率',
  'kpi.yardOccupancy': '堆场占用率',
  'kpi.yardCraneUtilisation': '场桥利用率',
  'kpi.externalTurnTimeMin': '外集卡周转时间',
  'kpi.fleetNeeded': '所需车队规模',

  'kpiHelp.craneRate': '岸桥在一艘船上的作业箱量 ÷（末箱时刻 − 首箱时刻）；全码头按箱量加权平均',
  'kpiHelp.qcBound': '岸桥从不等车、不等箱时的台时效率：3600 ÷ 平均作业周期',
  'kpiHelp.gapToQcBound': '1 − 台时效率 ÷ 岸桥理论效率',
  'kpiHelp.qcWaitShare': '岸桥作业时间中因交接区无车（卸船）或无箱（装船）而空等的占比',
  'kpiHelp.berthRate': '船时效率：一个船舶航次的全部箱量 ÷（离泊 − 靠泊）',
  'kpiHelp.emptyTravelRatio': '空载行驶里程 ÷ 总行驶里程',
  'kpiHelp.energyPerMoveKWh': '车队耗电量（千瓦时）÷ 作业箱量',
  'kpiHelp.rehandlesPerRetrieval': '翻箱数 ÷ 堆场提箱数',
  'kpiHelp.yardOccupancy': '已占箱位 ÷ 总箱位，按时间平均',
  'kpiHelp.externalTurnTimeMin': '外集卡进闸至出闸的平均时间',
  'kpiHelp.chargerQueueMean': '等待充电桩车辆数的时间平均',

  'state.parked': '停放',
  'state.idle': '空闲',
  'state.toPickup': '空驶取箱',
  'state.empty': '空驶',
  'state.loaded': '重载运输',
  'state.waitQuay': '岸边等待',
  'state.waitYard': '堆场等待',
  'state.toCharger': '前往充电',
  'state.charging': '充电中',

  'strategy.fcfs': '先到先服务',
  'strategy.nearest': '就近派车',
  'strategy.dedicated': '作业线固定配车',
  'strategy.pooled-lap': '车辆池最优匹配',
  'strategy.lookahead': '前瞻调度',
  'strategy.dual-cycle': '双循环作业（边装边卸）',
  'strategy.energy-aware': '能耗感知调度',
  'strategyHint.fcfs': '最早就绪的任务派给空闲最久的车辆：对比基准',
  'strategyHint.nearest': '按岸桥需求顺序，每个任务派给最快到达的空闲车辆',
  'strategyHint.dedicated': '每台岸桥固定一组车辆（传统作业线模式）',
  'strategyHint.pooled-lap': '任意车辆服务任意岸桥；每个决策时刻求最优指派',
  'strategyHint.lookahead': '在滚动时域内将车辆与各岸桥后续作业匹配',
  'strategyHint.dual-cycle': '送出口箱的车辆随即带走下一个进口箱，往返均重载',
  'strategyHint.energy-aware': '车辆池调度加双阈值充电：电量不足以完成任务并保留余量的车辆不派',

  'chart.craneRatePerCrane': '各岸桥台时效率',
  'chart.craneRatePerCall': '各船舶航次台时效率',
  'chart.craneRateHourly': '台时效率（逐小时）',
  'chart.qcWaitShareHourly': '岸桥等待占比（逐小时）',
  'chart.stateShares': '车辆状态占比随时间变化',
  'chart.chargeHistogram': '车队电量分布',
  'chart.chargerQueue': '充电站',
  'chart.yardOccupancy': '堆场占用率（逐小时）',
  'chart.rehandles': '翻箱率（逐小时）',
  'chart.externalTurnTime': '外集卡周转时间（逐小时）',
  'chart.chargerQueueHourly': '充电排队（逐小时）',
  'chart.craneRateOverTime': '台时效率随时间变化',
  'chart.waitShareOverTime': '岸桥等待占比随时间变化',
  'chart.truckTurnTime': '外集卡周转时间',
  'chart.plugsBusy': '充电枪占用',
  'chart.queueing': '排队',
  'chart.plugs': '充电枪数',
  'chart.noData': '暂无数据',

  'axis.time': '仿真时间（小时）',
  'axis.crane': '岸桥',
  'axis.call': '船舶航次',
  'axis.share': '占比',
  'axis.vehicles': '车辆数',
  'axis.charge': '电量（%）',
  'axis.station': '充电站',

  'ctrl.play': '播放',
  'ctrl.pause': '暂停',
  'ctrl.speed': '倍速',
  'ctrl.asFastAsPossible': '最快速度',
  'ctrl.jumpTo': '跳转至',
  'ctrl.step': '单步',
  'ctrl.restart': '重新开始',

  'panel.scenario': '场景设置',
  'panel.compare': '策略对比',
  'panel.inspector': '对象详情',
  'panel.kpis': '关键指标',
  'panel.charts': '图表',
  'panel.view': '码头视图',
  'panel.dashboard': '运营看板',

  'form.fleet': '车队规模（ART 数量）',
  'form.cranesPerVessel': '每船岸桥数',
  'form.chargers': '充电站数量',
  'form.strategy': '调度策略',
  'form.seed': '随机种子',
  'form.duration': '仿真时长',
  'form.upload': '载入场景文件',
  'form.apply': '应用',
  'form.add': '添加',
  'form.remove': '移除',
  'form.scenario': '场景',
  'form.uploadScenario': '场景文件（JSON）',
  'form.uploadLayout': '布局文件（GeoJSON）',
  'form.uploaded': '已上传场景',
  'form.scenarioStrategy': '沿用场景设定的策略',
  'form.warmUp': '预热时长',
  'form.expectWhole': '应为整数',
  'form.expectDuration': '应为时长，如 24h、7d、90m 或 3600（秒）',

  'compare.hint': '选择 2 至 4 种策略：各策略在同一场景、同一组随机数下运行，差异即来自策略本身。',
  'compare.seeds': '重复次数（随机种子数）',
  'compare.start': '开始对比',
  'compare.stop': '停止',
  'compare.running': '正在运行重复实验',
  'compare.baseline': '基准',
  'compare.kpi': '指标',
  'results.title': '批量实验结果',
  'results.hint': '打开 npx zhigang batch（或 merge）的结果文件夹：其中的 experiment.json 与 runs.jsonl 生成与 npx zhigang report 相同的报告。',
  'results.openDir': '结果文件夹',
  'results.openFiles': '或选择 experiment.json 与 runs.jsonl',
  'results.missing': '请选择结果文件夹，或同时选择两个文件：缺少 {files}',
  'results.shown': '{name} · 已完成 {done}/{planned} 次重复',
  'results.download': '下载报告（HTML）',
  'compare.seedsCaption': '均值 ± 95% 置信区间；随机种子',
  'compare.liveCaption': '单一随机种子的实时数据；多种子运行完成后显示均值与 95% 置信区间',
  'compare.pickTwoToFour': '请选择 2 至 4 种策略进行对比',

  'export.json': '导出结果（JSON）',
  'export.csv': '导出逐小时序列（CSV）',

  'demo.title': '演示导览',
  'demo.start': '开始演示',
  'demo.stop': '结束演示',
  'demo.next': '下一步',
  'demo.previous': '上一步',
  'demo.intro': '自动化码头：岸桥装卸船舶，无人驾驶电动集卡（ART）在岸桥与场桥之间水平运输。',
  'demo.craneWait': '岸桥每等车一分钟，都是损失的在泊时间：请关注岸桥等待占比。',
  'demo.dedicated': '作业线固定配车：每台岸桥只用自己的车辆，有的车在等，有的岸桥却缺车。',
  'demo.pooled': '车辆池调度：任意车辆服务任意岸桥，台时效率向岸桥理论效率靠近。',
  'demo.dualCycle': '双循环作业：送来出口箱的车辆带走进口箱，空驶大大减少。',
  'demo.charging': '电池：ART 在作业间隙充电；能耗感知调度避免岸桥因车辆充电而等待。',
  'demo.yard': '堆场：箱区越满翻箱越多，外集卡在闸口和箱区的等待随之增加。',
  'demo.directFlows': '“船边直提”与“抵港直装”：提前放行的集装箱不进堆场，直接在船边交接。',

  'inspector.none': '点击车辆或桥吊查看详情',
  'inspector.id': '编号',
  'inspector.follow': '镜头跟随',
  'inspector.trail': '轨迹时长（分钟）',
  'inspector.vehicle': '无人集卡',
  'inspector.quayCrane': '岸桥',
  'inspector.yardCrane': '场桥',
  'inspector.state': '状态',
  'inspector.since': '开始于',
  'inspector.job': '任务',
  'inspector.noJob': '无任务',
  'inspector.discharge': '卸船',
  'inspector.load': '装船',
  'inspector.due': '需求时刻',
  'inspector.charge': '电量',
  'inspector.drivingEnergy': '行驶耗电',
  'inspector.chargedEnergy': '已充电量',
  'inspector.cargo': '载箱',
  'inspector.distanceEmpty': '空驶里程',
  'inspector.distanceLoaded': '重载里程',
  'inspector.call': '船舶航次',
  'inspector.movesDone': '已完成箱量',
  'inspector.movesLeft': '剩余箱量',
  'inspector.holding': '吊具上箱号',
  'inspector.block': '箱区',
  'inspector.zone': '作业范围（贝位）',
  'inspector.bay': '贝位',
  'inspector.busy': '作业中',
  'inspector.queue': '排队任务',

  'colour.vehicles': '车辆着色',
  'colour.byState': '按状态',
  'colour.byCharge': '按电量',
  'colour.boxes': '集装箱着色',
  'colour.byCall': '按船舶航次',
  'colour.byFlow': '按进出口',

  'legend.import': '进口',
  'legend.export': '出口',
  'legend.transshipment': '中转',
  'legend.directPickup': '船边直提',
  'legend.directLoading': '抵港直装',
  'legend.lowCharge': '低电量',
  'legend.fullCharge': '满电',

  'clock.simTime': '仿真时间',
  'clock.day': '天数',
  'clock.dayN': '第 {n} 天',
  'summary.terminal': '随机种子 {seed} · {vehicles} 台 ART · {quayCranes} 台岸桥 · {blocks} 个箱区',
  'clock.warmUp': '预热期',
  'clock.warmUpNote': '预热期至 {time}：KPI 不计预热，届时开始统计',
  'clock.skipWarmUp': '跳过预热',
  'clock.paused': '已暂停',
  'clock.finished': '仿真结束',
  'clock.speedTimes': '{x} 倍速',

  'unit.movesPerH': '自然箱/小时',
  'unit.moves': '自然箱',
  'unit.h': '小时',
  'unit.min': '分钟',
  'unit.percent': '%',
  'unit.kWh': 'kWh',
  'unit.kWhPerMove': 'kWh/箱',
  'unit.vehicles': '辆',
  'unit.boxes': '箱',
};

export const LABELS: Record<Lang, Readonly<Record<LabelKey, string>>> = { en: EN, zh: ZH };

/** Whether a string built from data (`strategy.${name}`) is a label; lets callers fall back for user strategies. */
export function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(EN, key);
}

// A missing key is a bug the tests must catch; in the app a raw key on screen beats a crash.
const strict = import.meta.env?.MODE === 'test';

export function t(key: LabelKey, lang: Lang): string {
  const label = LABELS[lang][key];
  if (label !== undefined) return label;
  if (strict) throw new Error(`i18n: no label '${key}' in '${lang}'`);
  return key;
}

/** Fills `{name}` placeholders: fillLabel(t('clock.dayN'), { n: 2 }) is 'Day 2', '第 2 天'. */
export function fillLabel(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export interface I18n {
  lang$: BehaviorSubject<Lang>;
  t: Translate;
  set(lang: Lang): void;
}

/** The app's language as a stream; `t` always answers in the current language. */
export function createI18n(initial: Lang): I18n {
  const lang$ = new BehaviorSubject<Lang>(initial);
  return {
    lang$,
    t: (key) => t(key, lang$.value),
    set: (lang) => {
      if (lang !== lang$.value) lang$.next(lang);
    },
  };
}

const ATTRIBUTES = [
  ['data-i18n-title', 'title'],
  ['data-i18n-placeholder', 'placeholder'],
  ['data-i18n-aria-label', 'aria-label'],
] as const;

/** Fills `data-i18n` (text) and `data-i18n-title|placeholder|aria-label` (attributes) under `root`, root included. */
export function applyLabels(root: ParentNode, translate: Translate): void {
  const selector = '[data-i18n],[data-i18n-title],[data-i18n-placeholder],[data-i18n-aria-label]';
  const elements = [...root.querySelectorAll(selector)];
  if (isElement(root) && root.matches(selector)) elements.unshift(root);
  for (const el of elements) {
    const text = el.getAttribute('data-i18n');
    if (text !== null) el.textContent = translate(text as LabelKey);
    for (const [from, to] of ATTRIBUTES) {
      const key = el.getAttribute(from);
      if (key !== null) el.setAttribute(to, translate(key as LabelKey));
    }
  }
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
