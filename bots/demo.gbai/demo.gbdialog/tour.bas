REM A menu as a dialog: the choices are shown as the channel's buttons or list.
TALK "What would you like to see?"
HEAR topic AS "Channels", "Reliability", "Bot packages"
IF topic = "Channels" THEN
  TALK "The gateway speaks web chat, WhatsApp, Telegram and SMS; Teams and e-mail are next."
ELSEIF topic = "Reliability" THEN
  TALK "A message is acknowledged only once the broker has it, and every reply is sent once."
ELSE
  TALK "A bot is a .gbai folder: settings in .gbot, answers in .gbkb, dialogs like this one in .gbdialog."
END IF
TALK "Say tour to see another topic."
