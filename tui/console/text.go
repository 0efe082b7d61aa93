package console

import "liangsaibi/i18n"

// catalog is what the console shows, in Chinese and English.
var catalog = i18n.Catalog{
	"title":       {"评委手机打分", "Judges' phones"},
	"address":     {"地址 %s", "address %s"},
	"more_addrs":  {"（另有 %d 个地址）", " (%d more addresses)"},
	"screen":      {"大屏 %s/screen", "big screen %s/screen"},
	"online":      {"在线 %d", "%d connected"},
	"street":      {"街道", "Street"},
	"state":       {"评分", "Scoring"},
	"open":        {"开放", "open"},
	"closed":      {"关闭", "closed"},
	"stage":       {"答辩中", "on stage"},
	"cell.none":   {"·", "·"},
	"cell.part":   {"部分", "part"},
	"cell.typed":  {"已录", "typed"},
	"cell.recuse": {"回避", "recused"},
	"cell.return": {"退回", "returned"},
	"cell.refuse": {"拒%d", "ref%d"},
	"link":        {"%s 的链接：%s", "%s's link: %s"},
	"revoked":     {"%s 的链接已作废（n 换新链接）", "%s's link is withdrawn (n: new link)"},
	"reason":      {"退回 %s 的 %s，原因：", "Return %s's %s, reason: "},
	"qr_hint":     {"请 %s 用手机扫描（同一 Wi-Fi）· 任意键返回", "%s scans this with a phone (same Wi-Fi) · any key: back"},
	"sheet_saved": {"二维码打印页已保存：%s（用浏览器打开后打印）", "QR sheet saved: %s (open it in a browser and print)"},
	"sheet_fail":  {"二维码打印页未能保存：%s", "QR sheet not saved: %s"},
	"log":         {"动态", "Activity"},
	"help":        {"↑↓ 街道 ←→ 评委 · o 开/关评分 · s 上台 · b 退回 · c 二维码 · k 作废 · n 新链接 · P 打印页 · h 大屏暂停 · v 揭晓 · 空格 下一名 · [ ] 翻页 · Esc 返回（纸质分数在 4 录入）", "↑↓ street ←→ judge · o open/close · s stage · b return · c QR · k withdraw · n new link · P print sheet · h hold screen · v reveal · space next · [ ] pages · Esc back (paper scores: tab 4)"},
	"screen_hold": {"大屏：暂停（成绩核对中）", "screen: on hold"},
	"screen_rev":  {"大屏：揭晓 %d/%d", "screen: revealed %d/%d"},
	"screen_live": {"大屏：实时排名", "screen: live ranking"},
	"too_small":   {"窗口太小，请放大到至少 %d×%d", "Window too small: enlarge to at least %d×%d"},
}
