package projector

import "liangsaibi/i18n"

// catalog is every text the projector shows, in Chinese and English.
var catalog = i18n.Catalog{
	"loading":       {"正在载入…", "Loading…"},
	"too_small":     {"窗口太小，请放大到至少 %d×%d", "Window too small: enlarge to at least %d×%d"},
	"load_failed":   {"无法读取成绩文件", "The score file cannot be read"},
	"load_retry":    {"修改并保存文件后将自动重新载入", "Fix and save the file: it reloads by itself"},
	"hold_title":    {"成绩核对中", "Scores being checked"},
	"hold_sub":      {"请稍候", "Please wait"},
	"hold_hint":     {"按 h 显示成绩", "press h to show the scores"},
	"no_ranked":     {"尚无完成评分的街道", "No street has all its scores yet"},
	"page":          {"第 %d/%d 页", "page %d/%d"},
	"revealed":      {"已揭晓 %d/%d", "revealed %d/%d"},
	"reveal_hint":   {"空格 揭晓下一名 · a 全部显示", "space: reveal next · a: show all"},
	"live":          {"● 实时 %s", "● live %s"},
	"demo":          {"示例数据", "demo data"},
	"stale":         {"⚠ 文件暂不可读，显示上次结果 %s", "⚠ file not readable now, showing last result %s"},
	"tie":           {"并列", "tie"},
	"pending":       {"待评 %d/%d", "pending %d/%d"},
	"new":           {"新", "new"},
	"new_long":      {"新参评", "new entry"},
	"vs_previous":   {"较上轮 %s", "vs last round %s"},
	"first_place":   {"★ 第一名：%s ★", "★ First place: %s ★"},
	"back":          {"Esc 返回", "Esc: back"},
	"load.none":     {"没有读到比赛数据", "no competition was read"},
	"load.internal": {"读取文件时程序出错（这是程序的缺陷，请把文件发给维护人员）", "the program failed while reading the file (a bug: please send the file to the maintainers)"},
	"watch_failed":  {"⚠ 无法监视文件变化：%s", "⚠ cannot watch the file for changes: %s"},
	"digest":        {"校验码 %s", "digest %s"},
}
