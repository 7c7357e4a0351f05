; The installer's own texts in its four languages (the Modern UI brings the rest).
; Saved as UTF-8 with a byte order mark, which makensis needs to read it as UTF-8.

LangString WelcomeText ${LANG_ENGLISH} "This will install ${APP_NAME} ${VERSION} for you; no administrator rights are needed.$\r$\n$\r$\nIf ${APP_NAME} is open, please close it first.$\r$\n$\r$\nAn earlier version is upgraded in place. Your records are kept.$\r$\n$\r$\nClick Next to continue."
LangString WelcomeText ${LANG_GERMAN} "Dieses Programm installiert ${APP_NAME} ${VERSION} für Sie; Administratorrechte sind nicht nötig.$\r$\n$\r$\nFalls ${APP_NAME} geöffnet ist, schließen Sie es bitte zuerst.$\r$\n$\r$\nEine ältere Version wird an Ort und Stelle aktualisiert. Ihre Aufzeichnungen bleiben erhalten.$\r$\n$\r$\nKlicken Sie auf Weiter, um fortzufahren."
LangString WelcomeText ${LANG_SPANISH} "Se instalará ${APP_NAME} ${VERSION} para usted; no se necesitan permisos de administrador.$\r$\n$\r$\nSi ${APP_NAME} está abierto, ciérrelo primero.$\r$\n$\r$\nUna versión anterior se actualiza en su lugar. Sus registros se conservan.$\r$\n$\r$\nHaga clic en Siguiente para continuar."
LangString WelcomeText ${LANG_FRENCH} "Cet assistant va installer ${APP_NAME} ${VERSION} pour vous ; aucun droit d'administrateur n'est nécessaire.$\r$\n$\r$\nSi ${APP_NAME} est ouvert, veuillez d'abord le fermer.$\r$\n$\r$\nUne version précédente est mise à jour sur place. Vos données sont conservées.$\r$\n$\r$\nCliquez sur Suivant pour continuer."

LangString RunApp ${LANG_ENGLISH} "Start ${APP_NAME}"
LangString RunApp ${LANG_GERMAN} "${APP_NAME} starten"
LangString RunApp ${LANG_SPANISH} "Iniciar ${APP_NAME}"
LangString RunApp ${LANG_FRENCH} "Lancer ${APP_NAME}"

LangString AppIsRunning ${LANG_ENGLISH} "${APP_NAME} is still open. Please close it, then click Retry."
LangString AppIsRunning ${LANG_GERMAN} "${APP_NAME} ist noch geöffnet. Bitte schließen Sie es und klicken Sie dann auf Wiederholen."
LangString AppIsRunning ${LANG_SPANISH} "${APP_NAME} sigue abierto. Ciérrelo y haga clic en Reintentar."
LangString AppIsRunning ${LANG_FRENCH} "${APP_NAME} est encore ouvert. Veuillez le fermer, puis cliquer sur Réessayer."

LangString NotTheDataFolder ${LANG_ENGLISH} "This folder holds your records. Please choose another folder for the program."
LangString NotTheDataFolder ${LANG_GERMAN} "In diesem Ordner liegen Ihre Aufzeichnungen. Bitte wählen Sie für das Programm einen anderen Ordner."
LangString NotTheDataFolder ${LANG_SPANISH} "Esta carpeta contiene sus registros. Elija otra carpeta para el programa."
LangString NotTheDataFolder ${LANG_FRENCH} "Ce dossier contient vos données. Veuillez choisir un autre dossier pour le programme."

LangString NameProgram ${LANG_ENGLISH} "${APP_NAME} (required)"
LangString NameProgram ${LANG_GERMAN} "${APP_NAME} (erforderlich)"
LangString NameProgram ${LANG_SPANISH} "${APP_NAME} (obligatorio)"
LangString NameProgram ${LANG_FRENCH} "${APP_NAME} (obligatoire)"

LangString NameStartMenu ${LANG_ENGLISH} "Start menu shortcut"
LangString NameStartMenu ${LANG_GERMAN} "Verknüpfung im Startmenü"
LangString NameStartMenu ${LANG_SPANISH} "Acceso directo en el menú Inicio"
LangString NameStartMenu ${LANG_FRENCH} "Raccourci dans le menu Démarrer"

LangString NameDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString NameDesktop ${LANG_GERMAN} "Verknüpfung auf dem Desktop"
LangString NameDesktop ${LANG_SPANISH} "Acceso directo en el escritorio"
LangString NameDesktop ${LANG_FRENCH} "Raccourci sur le Bureau"

LangString ShortcutComment ${LANG_ENGLISH} "Log leg cramps, read about them and prepare a report for your doctor"
LangString ShortcutComment ${LANG_GERMAN} "Beinkrämpfe notieren, darüber lesen und einen Bericht für Ihre Arztpraxis erstellen"
LangString ShortcutComment ${LANG_SPANISH} "Anote sus calambres en las piernas, infórmese y prepare un informe para su médico"
LangString ShortcutComment ${LANG_FRENCH} "Notez vos crampes aux jambes, informez-vous et préparez un rapport pour votre médecin"

LangString DataIsKept ${LANG_ENGLISH} "Your records are not removed. They stay in $LOCALAPPDATA\${DATA_DIR_NAME} (records, backups, settings); delete that folder yourself if you no longer need them."
LangString DataIsKept ${LANG_GERMAN} "Ihre Aufzeichnungen werden nicht gelöscht. Sie bleiben in $LOCALAPPDATA\${DATA_DIR_NAME} (Aufzeichnungen, Sicherungen, Einstellungen); löschen Sie diesen Ordner selbst, wenn Sie sie nicht mehr brauchen."
LangString DataIsKept ${LANG_SPANISH} "Sus registros no se eliminan. Permanecen en $LOCALAPPDATA\${DATA_DIR_NAME} (registros, copias de seguridad, ajustes); elimine usted mismo esa carpeta si ya no los necesita."
LangString DataIsKept ${LANG_FRENCH} "Vos données ne sont pas supprimées. Elles restent dans $LOCALAPPDATA\${DATA_DIR_NAME} (relevés, sauvegardes, réglages) ; supprimez vous-même ce dossier si vous n'en avez plus besoin."

LangString UninstalledTitle ${LANG_ENGLISH} "${APP_NAME} has been removed"
LangString UninstalledTitle ${LANG_GERMAN} "${APP_NAME} wurde entfernt"
LangString UninstalledTitle ${LANG_SPANISH} "${APP_NAME} se ha desinstalado"
LangString UninstalledTitle ${LANG_FRENCH} "${APP_NAME} a été désinstallé"

LangString UninstalledText ${LANG_ENGLISH} "The program has been removed from this computer.$\r$\n$\r$\nYour records are still kept in:$\r$\n$LOCALAPPDATA\${DATA_DIR_NAME}$\r$\n$\r$\nIf you install ${APP_NAME} again, it finds them there. Delete that folder only if you no longer need your records."
LangString UninstalledText ${LANG_GERMAN} "Das Programm wurde von diesem Computer entfernt.$\r$\n$\r$\nIhre Aufzeichnungen sind weiterhin hier gespeichert:$\r$\n$LOCALAPPDATA\${DATA_DIR_NAME}$\r$\n$\r$\nWenn Sie ${APP_NAME} wieder installieren, findet es sie dort. Löschen Sie diesen Ordner nur, wenn Sie Ihre Aufzeichnungen nicht mehr brauchen."
LangString UninstalledText ${LANG_SPANISH} "El programa se ha eliminado de este equipo.$\r$\n$\r$\nSus registros se siguen conservando en:$\r$\n$LOCALAPPDATA\${DATA_DIR_NAME}$\r$\n$\r$\nSi vuelve a instalar ${APP_NAME}, los encontrará allí. Elimine esa carpeta solo si ya no necesita sus registros."
LangString UninstalledText ${LANG_FRENCH} "Le programme a été supprimé de cet ordinateur.$\r$\n$\r$\nVos données restent conservées dans :$\r$\n$LOCALAPPDATA\${DATA_DIR_NAME}$\r$\n$\r$\nSi vous réinstallez ${APP_NAME}, il les retrouvera. Ne supprimez ce dossier que si vous n'avez plus besoin de vos données."

LangString Needs64Bit ${LANG_ENGLISH} "${APP_NAME} needs a 64-bit version of Windows 10 or 11."
LangString Needs64Bit ${LANG_GERMAN} "${APP_NAME} benötigt eine 64-Bit-Version von Windows 10 oder 11."
LangString Needs64Bit ${LANG_SPANISH} "${APP_NAME} necesita una versión de 64 bits de Windows 10 u 11."
LangString Needs64Bit ${LANG_FRENCH} "${APP_NAME} nécessite une version 64 bits de Windows 10 ou 11."

LangString LicenceNote ${LANG_ENGLISH} "${APP_NAME} is free software: you may use, share and change it under this licence. The licences of the parts it includes are in its folder, under _internal\THIRD-PARTY-LICENSES."
LangString LicenceNote ${LANG_GERMAN} "${APP_NAME} ist freie Software: Sie dürfen sie unter dieser Lizenz nutzen, weitergeben und verändern. Die Lizenzen der enthaltenen Teile liegen im Programmordner unter _internal\THIRD-PARTY-LICENSES."
LangString LicenceNote ${LANG_SPANISH} "${APP_NAME} es software libre: puede usarlo, compartirlo y modificarlo según esta licencia. Las licencias de los componentes incluidos están en su carpeta, en _internal\THIRD-PARTY-LICENSES."
LangString LicenceNote ${LANG_FRENCH} "${APP_NAME} est un logiciel libre : vous pouvez l'utiliser, le partager et le modifier selon cette licence. Les licences des composants inclus se trouvent dans son dossier, sous _internal\THIRD-PARTY-LICENSES."
