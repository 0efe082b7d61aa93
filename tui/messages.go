package tui

import "liangsaibi/i18n"

// catalog holds every text the dashboard shows, in Chinese and English.
var catalog = i18n.Catalog{
	// tabs
	"tab.rankings": {"排名", "Rankings"},
	"tab.gaps":     {"差距", "Gaps"},
	"tab.detail":   {"详情", "Street"},
	"tab.entry":    {"录入", "Entry"},
	"tab.compare":  {"对比", "Compare"},

	// header
	"header.progress": {"已评 %d/%d", "Scored %d/%d"},
	"header.fullmark": {"满分 %s", "Full mark %s"},

	// screens
	"loading":         {"正在读取比赛数据…", "Loading the competition…"},
	"error.title":     {"文件有错误，无法打开：", "The file has errors and cannot be opened:"},
	"error.hint":      {"请改正上面的问题后重新打开。按 q 退出。", "Fix the problems above and open the file again. Press q to quit."},
	"error.more":      {"…还有 %d 条（用 ↑↓ 翻看）", "…%d more (scroll with ↑↓)"},
	"toosmall":        {"窗口太小：至少需要 %d×%d，现在是 %d×%d。", "The window is too small: it needs %d×%d, it is %d×%d."},
	"toosmall.hint":   {"请放大窗口。按 q 退出。", "Please enlarge it. Press q to quit."},
	"empty.nostreets": {"没有街道。", "No streets."},
	"empty.nomatch":   {"没有与“%s”匹配的街道。", "No street matches “%s”."},

	// rankings columns
	"col.rank":     {"名次", "Rank"},
	"col.street":   {"街道", "Street"},
	"col.total":    {"总分", "Total"},
	"col.band":     {"等次", "Band"},
	"col.bar":      {"得分/满分", "Score/full"},
	"col.change":   {"升降", "Move"},
	"col.gapfirst": {"距第一", "Behind"},
	"col.below":    {"未达标", "Below"},
	"pending":      {"待评", "pending"},
	"new":          {"新", "new"},
	"legend.rank": {
		"= 并列 · ↑↓ 较上轮名次升降 · 新 上轮没有 · 待评 尚未评完（已完成项目/全部项目）",
		"= tied · ↑↓ rank change since last round · new: not in last round · pending: not fully scored (items done/all)",
	},
	"filter.prompt":      {"筛选：", "Filter: "},
	"filter.placeholder": {"街道名称或分组", "street name or group"},
	"filter.count":       {"筛选“%s”：%d/%d 个街道", "Filter “%s”: %d of %d streets"},

	// gaps
	"gaps.mode.score": {"显示：得分（按 g 切换为差距）", "Showing scores (g shows gaps)"},
	"gaps.mode.gap":   {"显示：与达标线的差距（按 g 切换为得分）", "Showing gaps to the standard (g shows scores)"},
	"gaps.belowcount": {"未达标街道数", "Streets below"},
	"gaps.belowshort": {"未达标", "Below"},
	"gaps.legend":     {"✗ 低于达标线 · ✓ 达到或超过 · - 无分数", "✗ below standard · ✓ at or above · - no score"},
	"gaps.cell":       {"%s · %s：得分 %s，达标线 %s，差距 %s", "%s · %s: score %s, standard %s, gap %s"},
	"gaps.cell.nostd": {"%s · %s：得分 %s（无达标线）", "%s · %s: score %s (no standard)"},
	"gaps.cell.empty": {"%s · %s：尚无分数", "%s · %s: no score yet"},
	"gaps.noitems":    {"没有评分项目。", "No items."},

	// detail
	"detail.rank":       {"第%d名", "rank %d"},
	"detail.tied":       {"（并列）", " (tied)"},
	"detail.unranked":   {"待评 %d/%d", "pending %d/%d"},
	"detail.total":      {"总分 %s / %s", "total %s / %s"},
	"detail.behind":     {"距第一 %s", "behind first %s"},
	"detail.group":      {"分组：%s", "group: %s"},
	"detail.prev":       {"纵向比（上轮 %s）：", "Versus last round (%s): "},
	"detail.prevnone":   {"纵向比：没有上轮数据", "Versus last round: no earlier round"},
	"detail.prevnew":    {"纵向比：上轮没有这个街道", "Versus last round: this street was not in it"},
	"detail.prevrank":   {"名次 %s → %s", "rank %s → %s"},
	"detail.prevtotal":  {"总分 %s → %s（%s）", "total %s → %s (%s)"},
	"detail.item":       {"项目", "Item"},
	"detail.score":      {"得分", "Score"},
	"detail.standard":   {"达标线", "Standard"},
	"detail.gap":        {"差距", "Gap"},
	"detail.bar":        {"得分条（│达标线）", "Bar (│ standard)"},
	"detail.itemrank":   {"单项排名", "Item rank"},
	"detail.judges":     {"评委打分 · %s", "Judges' scores · %s"},
	"detail.judgesnote": {"[ ] 为去掉的最高分/最低分", "[ ] marks a dropped highest/lowest score"},
	"detail.notjudged":  {"此项不由评委打分：%s", "Not judged by the panel: %s"},
	"detail.direct":     {"直接录入的分数", "a score entered directly"},
	"detail.target":     {"按完成值 %s%s 计分（目标 %s%s）", "scored from the figure %s%s (target %s%s)"},
	"detail.targetnone": {"按完成值计分（目标 %s%s），尚无完成值", "scored from a figure (target %s%s), none yet"},
	"detail.recused":    {"回避", "recused"},
	"detail.problems":   {"问题清单（低于达标线，差距大的在前）", "Problems (below standard, largest gap first)"},
	"detail.noproblems": {"没有低于达标线的项目。", "No item is below standard."},
	"detail.problem":    {"%d. %s：差 %s", "%d. %s: short by %s"},

	// compare
	"compare.pick":    {"选择街道（←→ 换边）", "Pick streets (←→ side)"},
	"compare.side.a":  {"甲", "A"},
	"compare.side.b":  {"乙", "B"},
	"compare.diff":    {"甲-乙", "A-B"},
	"compare.lead":    {"领先", "Leads"},
	"compare.equal":   {"持平", "equal"},
	"compare.total":   {"总分", "Total"},
	"compare.summary": {"甲领先 %d 项，乙领先 %d 项，持平 %d 项", "A leads on %d, B on %d, equal on %d"},

	// entry placeholder
	"entry.placeholder": {"录入功能即将加入。", "Score entry is coming soon."},

	// footer status
	"status.ready":    {"按 ? 查看全部按键", "Press ? for all keys"},
	"status.selected": {"%s：%s", "%s: %s"},

	// key help
	"key.up":         {"上移", "up"},
	"key.down":       {"下移", "down"},
	"key.left":       {"左移", "left"},
	"key.right":      {"右移", "right"},
	"key.pgup":       {"上一页", "page up"},
	"key.pgdown":     {"下一页", "page down"},
	"key.home":       {"第一行", "first"},
	"key.end":        {"最后一行", "last"},
	"key.tabs":       {"切换视图", "views"},
	"key.nexttab":    {"下一视图", "next view"},
	"key.prevtab":    {"上一视图", "previous view"},
	"key.filter":     {"筛选", "filter"},
	"key.clear":      {"取消/返回", "cancel/back"},
	"key.open":       {"查看详情", "open"},
	"key.toggle":     {"得分/差距", "score/gap"},
	"key.prevstreet": {"上一街道", "previous street"},
	"key.nextstreet": {"下一街道", "next street"},
	"key.side":       {"换边", "switch side"},
	"key.help":       {"帮助", "help"},
	"key.closehelp":  {"收起帮助", "close help"},
	"key.quit":       {"退出", "quit"},
}
