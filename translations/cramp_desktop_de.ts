<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Read about leg cramps, check your risk factors, keep a private log of your cramps and bring a clear report to your doctor.</source>
        <translation>Informieren Sie sich über Beinkrämpfe, prüfen Sie Ihre Risikofaktoren, führen Sie ein privates Krampftagebuch und bringen Sie einen übersichtlichen Bericht zu Ihrer Ärztin oder Ihrem Arzt mit.</translation>
    </message>
    <message>
        <source>This app gives information, not a diagnosis. It does not replace advice from a doctor.</source>
        <translation>Diese App informiert, sie stellt keine Diagnose. Sie ersetzt nicht den Rat einer Ärztin oder eines Arztes.</translation>
    </message>
    <message>
        <source>Your data stays on this computer. The app never connects to the internet.</source>
        <translation>Ihre Daten bleiben auf diesem Computer. Die App verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>About Leg Cramp Companion</source>
        <translation>Über Leg Cramp Companion</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Python %1, Qt %2, PySide6 %3</source>
        <translation>Python %1, Qt %2, PySide6 %3</translation>
    </message>
    <message>
        <source>Your data folder: %1</source>
        <translation>Ihr Datenordner: %1</translation>
    </message>
    <message>
        <source>The full licence texts are in %1.</source>
        <translation>Die vollständigen Lizenztexte liegen in %1.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion is free software under the GNU General Public Licence, version 3 or later. It comes with no warranty.</source>
        <translation>Leg Cramp Companion ist freie Software unter der GNU General Public License, Version 3 oder später. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>AdherenceCard</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>N&amp;o, not this time</source>
        <translation>N&amp;ein, diesmal nicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Your experiment: %1</source>
        <translation>Ihr Versuch: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2. Days not answered so far: %3.</source>
        <translation>Tag %1 von %2. Bisher unbeantwortete Tage: %3.</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentHistory</name>
    <message>
        <source>Filled in with version %1</source>
        <translation>Ausgefüllt mit Version %1</translation>
    </message>
    <message>
        <source>No checklist done yet. Your completed checklists will be listed here.</source>
        <translation>Noch keine Checkliste ausgefüllt. Ihre ausgefüllten Checklisten werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>Completed checklists</source>
        <translation>Ausgefüllte Checklisten</translation>
    </message>
    <message>
        <source>Newest first. Select one to see its results below or beside the list.</source>
        <translation>Neueste zuerst. Wählen Sie eine aus, um ihre Ergebnisse unter oder neben der Liste zu sehen.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Night cramps are common and usually harmless. Gently stretching your calves and the backs of your thighs before bed reduced night cramps in a small trial. During a cramp, pulling your toes up towards you usually helps the muscle let go.</source>
        <translation>Nächtliche Krämpfe sind häufig und meist harmlos. Sanftes Dehnen der Waden und der Oberschenkelrückseiten vor dem Schlafengehen verringerte in einer kleinen Studie die nächtlichen Krämpfe. Während eines Krampfes hilft es meist, die Zehen zu sich heranzuziehen, damit sich der Muskel löst.</translation>
    </message>
    <message>
        <source>Mention this pattern to your doctor, who can check the circulation in your legs.</source>
        <translation>Sprechen Sie Ihre Ärztin oder Ihren Arzt auf dieses Muster an. Dort kann die Durchblutung Ihrer Beine untersucht werden.</translation>
    </message>
    <message>
        <source>Describe this to your doctor: restless legs are looked after differently from cramps.</source>
        <translation>Beschreiben Sie das Ihrer Ärztin oder Ihrem Arzt: Ein Restless-Legs-Syndrom (unruhige Beine) wird anders behandelt als Krämpfe.</translation>
    </message>
    <message>
        <source>Tired muscles cramp more easily. Build up training gradually, pace long efforts, and gently stretch the muscle if a cramp starts.</source>
        <translation>Ermüdete Muskeln verkrampfen leichter. Steigern Sie das Training schrittweise, teilen Sie sich lange Belastungen gut ein und dehnen Sie den Muskel sanft, wenn ein Krampf beginnt.</translation>
    </message>
    <message>
        <source>Drink regularly through the day, guided by thirst. There is no need to force extra water: drinking well beyond thirst can be harmful. Night cramps are probably not mainly caused by fluids or salts.</source>
        <translation>Trinken Sie regelmäßig über den Tag verteilt, nach Durst. Sie müssen sich nicht zu zusätzlichem Wasser zwingen: Deutlich mehr zu trinken, als der Durst verlangt, kann schaden. Nächtliche Krämpfe werden wahrscheinlich nicht hauptsächlich durch Flüssigkeit oder Salze verursacht.</translation>
    </message>
    <message>
        <source>After prolonged heavy sweating, replacing some salt as well as fluid can help, for example with a salty snack or a sports drink, while drinking to thirst. If you have high blood pressure, heart disease or kidney disease, check with a doctor first.</source>
        <translation>Nach längerem starkem Schwitzen kann es helfen, neben Flüssigkeit auch etwas Salz zu ersetzen, zum Beispiel mit einem salzigen Snack oder einem Sportgetränk, und dabei nach Durst zu trinken. Wenn Sie hohen Blutdruck, eine Herzerkrankung oder eine Nierenerkrankung haben, klären Sie das vorher mit einer Ärztin oder einem Arzt ab.</translation>
    </message>
    <message>
        <source>During long events, drink when you are thirsty rather than to a schedule or a target. Drinking more than you need can lower the sodium in your blood, which can be dangerous.</source>
        <translation>Trinken Sie bei langen Ausdauerbelastungen dann, wenn Sie Durst haben, und nicht nach Zeitplan oder Zielmenge. Mehr zu trinken, als Sie brauchen, kann den Natriumspiegel im Blut senken; das kann gefährlich sein.</translation>
    </message>
    <message>
        <source>Have a drink with salty meals, guided by thirst. A varied diet with fruit, vegetables and nuts supports a healthy balance of minerals.</source>
        <translation>Trinken Sie zu salzigen Mahlzeiten etwas, nach Durst. Eine abwechslungsreiche Ernährung mit Obst, Gemüse und Nüssen unterstützt einen gesunden Mineralstoffhaushalt.</translation>
    </message>
    <message>
        <source>Include this in your report and ask your doctor whether the level should be tested again.</source>
        <translation>Nehmen Sie das in Ihren Bericht auf und fragen Sie Ihre Ärztin oder Ihren Arzt, ob der Wert erneut bestimmt werden sollte.</translation>
    </message>
    <message>
        <source>Note which supplements you take and bring the list to your doctor. Magnesium is unlikely to help night cramps in older adults. Ask a doctor before starting any supplement.</source>
        <translation>Notieren Sie, welche Nahrungsergänzungsmittel Sie einnehmen, und bringen Sie die Liste zu Ihrer Ärztin oder Ihrem Arzt mit. Magnesium hilft älteren Menschen bei nächtlichen Krämpfen wahrscheinlich nicht. Fragen Sie eine Ärztin oder einen Arzt, bevor Sie ein Nahrungsergänzungsmittel neu einnehmen.</translation>
    </message>
    <message>
        <source>Never stop a medicine on your own. Bring your list of medicines to your doctor or pharmacist and ask whether any of them could contribute to your cramps.</source>
        <translation>Setzen Sie ein Medikament nie eigenmächtig ab. Bringen Sie Ihre Medikamentenliste in Ihre Arztpraxis oder Apotheke und fragen Sie, ob eines davon zu Ihren Krämpfen beitragen könnte.</translation>
    </message>
    <message>
        <source>Cramps can be linked to this condition. Tell the doctor who looks after it about your cramps, and bring your log.</source>
        <translation>Krämpfe können mit dieser Erkrankung zusammenhängen. Informieren Sie die Ärztin oder den Arzt, die oder der Sie deswegen behandelt, über Ihre Krämpfe und bringen Sie Ihr Krampftagebuch mit.</translation>
    </message>
    <message>
        <source>Cramps are common in the later months of pregnancy. Mention them to your midwife or doctor.</source>
        <translation>Krämpfe sind in den späteren Schwangerschaftsmonaten häufig. Sprechen Sie Ihre Hebamme, Ihre Ärztin oder Ihren Arzt darauf an.</translation>
    </message>
    <message>
        <source>Heavy drinking is linked with cramps. Your doctor can help if you would like support to cut down.</source>
        <translation>Hoher Alkoholkonsum hängt mit Krämpfen zusammen. Wenn Sie Unterstützung möchten, um weniger Alkohol zu trinken, kann Ihre Ärztin oder Ihr Arzt helfen.</translation>
    </message>
    <message>
        <source>Break up long spells of standing or sitting by walking about and gently stretching your calves.</source>
        <translation>Unterbrechen Sie langes Stehen oder Sitzen, indem Sie umhergehen und Ihre Waden sanft dehnen.</translation>
    </message>
    <message>
        <source>Increase training gradually and allow time to recover: overworked muscles may not relax properly.</source>
        <translation>Steigern Sie das Training schrittweise und gönnen Sie sich Zeit zur Erholung: Überlastete Muskeln entspannen sich möglicherweise nicht richtig.</translation>
    </message>
    <message>
        <source>A short routine of calf and hamstring stretches before bed reduced night cramps in one trial. The evidence is limited, but gentle stretching is safe for most people.</source>
        <translation>Ein kurzes Dehnprogramm für Waden und Oberschenkelrückseiten vor dem Schlafengehen verringerte in einer Studie nächtliche Krämpfe. Die Beweislage ist begrenzt, aber sanftes Dehnen ist für die meisten Menschen unbedenklich.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Cramp pattern</source>
        <translation>Krampfmuster</translation>
    </message>
    <message>
        <source>When and how your cramps usually come.</source>
        <translation>Wann und wie Ihre Krämpfe meist auftreten.</translation>
    </message>
    <message>
        <source>Fluids, salt and electrolytes</source>
        <translation>Flüssigkeit, Salz und Elektrolyte</translation>
    </message>
    <message>
        <source>What you drink, how much you sweat, and supplements.</source>
        <translation>Was Sie trinken, wie stark Sie schwitzen und Nahrungsergänzungsmittel.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Health conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Some conditions make cramps more likely.</source>
        <translation>Manche Erkrankungen machen Krämpfe wahrscheinlicher.</translation>
    </message>
    <message>
        <source>Fatigue and activity</source>
        <translation>Ermüdung und Aktivität</translation>
    </message>
    <message>
        <source>How you use and rest your legs.</source>
        <translation>Wie Sie Ihre Beine belasten und ausruhen.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>How much cramps affect you, from 0 (not at all) to 10.</source>
        <translation>Wie stark Krämpfe Sie beeinträchtigen, von 0 (gar nicht) bis 10.</translation>
    </message>
    <message>
        <source>This is information to discuss with your doctor, not a diagnosis. Links with cramps are associations and do not prove a cause.</source>
        <translation>Dies sind Informationen zum Besprechen mit Ihrer Ärztin oder Ihrem Arzt, keine Diagnose. Bezüge zu Krämpfen sind Zusammenhänge und beweisen keine Ursache.</translation>
    </message>
    <message>
        <source>Started or changed in the last 3 months: a recent change makes a link more worth asking about.</source>
        <translation>In den letzten 3 Monaten neu angesetzt oder geändert: Nach einer kürzlichen Änderung lohnt es sich eher, nach einem Zusammenhang zu fragen.</translation>
    </message>
    <message>
        <source>You were not sure about this, so it is not counted either way. It may be worth finding out, or asking your doctor or pharmacist.</source>
        <translation>Hier waren Sie unsicher, daher wird dies weder in die eine noch in die andere Richtung gewertet. Es kann sich lohnen, es herauszufinden oder in Ihrer Arztpraxis oder Apotheke nachzufragen.</translation>
    </message>
    <message>
        <source>You were not sure about this warning sign. If it does apply to you, do not wait: follow the action shown.</source>
        <translation>Bei diesem Warnzeichen waren Sie unsicher. Wenn es auf Sie zutrifft, warten Sie nicht: Folgen Sie der angezeigten Anweisung.</translation>
    </message>
    <message>
        <source>You were not sure whether this medicine was started, or its dose changed, in the last 3 months. A recent change makes a link more worth asking about: your doctor or pharmacist can check.</source>
        <translation>Sie waren unsicher, ob dieses Medikament in den letzten 3 Monaten neu angesetzt oder seine Dosis geändert wurde. Nach einer kürzlichen Änderung lohnt es sich eher, nach einem Zusammenhang zu fragen: Ihre Arztpraxis oder Apotheke kann das prüfen.</translation>
    </message>
    <message>
        <source>No concern found</source>
        <translation>Nichts Auffälliges gefunden</translation>
    </message>
    <message>
        <source>Was it started, or its dose changed, in the last 3 months?</source>
        <translation>Wurde es in den letzten 3 Monaten neu angesetzt oder die Dosis geändert?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Have you had leg pain or swelling together with sudden shortness of breath or chest pain?</source>
        <translation>Hatten Sie Beinschmerzen oder eine Beinschwellung zusammen mit plötzlicher Atemnot oder Schmerzen in der Brust?</translation>
    </message>
    <message>
        <source>Have cramps come with confusion, a seizure, fainting, repeated vomiting or collapse, for example after long exercise or after drinking far more water than usual?</source>
        <translation>Traten Krämpfe zusammen mit Verwirrtheit, einem Krampfanfall, Ohnmacht, wiederholtem Erbrechen oder einem Zusammenbruch auf, zum Beispiel nach langer sportlicher Belastung oder nachdem Sie viel mehr Wasser als sonst getrunken hatten?</translation>
    </message>
    <message>
        <source>Is one calf swollen, warm, red or tender?</source>
        <translation>Ist eine Wade geschwollen, warm, gerötet oder druckempfindlich?</translation>
    </message>
    <message>
        <source>Have you had dark, cola-coloured urine together with severe muscle pain or weakness?</source>
        <translation>Hatten Sie dunklen, colafarbenen Urin zusammen mit starken Muskelschmerzen oder Muskelschwäche?</translation>
    </message>
    <message>
        <source>Have you had a cramp that lasted more than 10 minutes and did not ease?</source>
        <translation>Hatten Sie einen Krampf, der länger als 10 Minuten dauerte und nicht nachließ?</translation>
    </message>
    <message>
        <source>Did your cramps begin after a dirty wound, or after contact with lead or mercury?</source>
        <translation>Haben Ihre Krämpfe nach einer verschmutzten Wunde oder nach Kontakt mit Blei oder Quecksilber begonnen?</translation>
    </message>
    <message>
        <source>Have you had nausea, headache or weakness along with cramps after endurance exercise or while taking a water pill (diuretic)?</source>
        <translation>Hatten Sie Übelkeit, Kopfschmerzen oder Schwäche zusammen mit Krämpfen, nach Ausdauersport oder während Sie eine Entwässerungstablette (Diuretikum) einnehmen?</translation>
    </message>
    <message>
        <source>Have you noticed weakness or wasting (thinning) of a leg muscle?</source>
        <translation>Haben Sie eine Schwäche oder einen Schwund (Dünnerwerden) eines Beinmuskels bemerkt?</translation>
    </message>
    <message>
        <source>Do you have numbness in your legs or feet?</source>
        <translation>Haben Sie ein Taubheitsgefühl in den Beinen oder Füßen?</translation>
    </message>
    <message>
        <source>Are your legs or feet swollen?</source>
        <translation>Sind Ihre Beine oder Füße geschwollen?</translation>
    </message>
    <message>
        <source>Do your cramps come mostly at night or while you are resting?</source>
        <translation>Treten Ihre Krämpfe meist nachts oder in Ruhe auf?</translation>
    </message>
    <message>
        <source>Do you get leg pain when walking that eases within a few minutes of rest?</source>
        <translation>Bekommen Sie beim Gehen Beinschmerzen, die nach wenigen Minuten Ruhe nachlassen?</translation>
    </message>
    <message>
        <source>Is it mainly an uncomfortable urge to move your legs that eases when you move, rather than a hard, painful knot?</source>
        <translation>Ist es vor allem ein unangenehmer Drang, die Beine zu bewegen, der nachlässt, wenn Sie sich bewegen, statt eines harten, schmerzhaften Knotens?</translation>
    </message>
    <message>
        <source>Do your cramps come during or after long or hard exercise?</source>
        <translation>Treten Ihre Krämpfe während oder nach langer oder anstrengender sportlicher Belastung auf?</translation>
    </message>
    <message>
        <source>Do you get cramps often, for example several times a week?</source>
        <translation>Bekommen Sie oft Krämpfe, zum Beispiel mehrmals pro Woche?</translation>
    </message>
    <message>
        <source>Do your cramps come without any obvious trigger, such as hard exercise or long standing?</source>
        <translation>Treten Ihre Krämpfe ohne erkennbaren Auslöser auf, etwa ohne anstrengenden Sport oder langes Stehen?</translation>
    </message>
    <message>
        <source>Have your cramps kept coming despite regular stretching or other self-care?</source>
        <translation>Kommen Ihre Krämpfe trotz regelmäßigen Dehnens oder anderer Selbsthilfe immer wieder?</translation>
    </message>
    <message>
        <source>Do you usually drink little during the day?</source>
        <translation>Trinken Sie tagsüber meist wenig?</translation>
    </message>
    <message>
        <source>Do you often sweat heavily for long periods, in heat or during exercise?</source>
        <translation>Schwitzen Sie oft lange und stark, bei Hitze oder beim Sport?</translation>
    </message>
    <message>
        <source>During events lasting more than 2 to 4 hours, do you drink plain water to a schedule or target, even when you are not thirsty?</source>
        <translation>Trinken Sie bei Ausdauerbelastungen von mehr als 2 bis 4 Stunden reines Wasser nach Zeitplan oder Zielmenge, auch wenn Sie keinen Durst haben?</translation>
    </message>
    <message>
        <source>Do you often eat very salty meals without much to drink?</source>
        <translation>Essen Sie oft sehr salzige Mahlzeiten, ohne viel dazu zu trinken?</translation>
    </message>
    <message>
        <source>Has a doctor told you that your sodium, potassium, magnesium or calcium level was low?</source>
        <translation>Hat Ihnen eine Ärztin oder ein Arzt gesagt, dass Ihr Natrium-, Kalium-, Magnesium- oder Calciumwert niedrig war?</translation>
    </message>
    <message>
        <source>Do you take magnesium, potassium or salt supplements for your cramps?</source>
        <translation>Nehmen Sie Magnesium-, Kalium- oder Salzpräparate gegen Ihre Krämpfe ein?</translation>
    </message>
    <message>
        <source>Do you take any medicines regularly, with or without a prescription? Supplements were asked about earlier.</source>
        <translation>Nehmen Sie regelmäßig Medikamente ein, mit oder ohne Rezept? Nach Nahrungsergänzungsmitteln wurde bereits gefragt.</translation>
    </message>
    <message>
        <source>Do you take a water pill (diuretic), for example for blood pressure or swelling?</source>
        <translation>Nehmen Sie eine Entwässerungstablette (Diuretikum) ein, zum Beispiel gegen hohen Blutdruck oder Schwellungen?</translation>
    </message>
    <message>
        <source>Do you take a statin to lower cholesterol, such as atorvastatin or simvastatin?</source>
        <translation>Nehmen Sie ein Statin zur Senkung des Cholesterins ein, etwa Atorvastatin oder Simvastatin?</translation>
    </message>
    <message>
        <source>Do you use a long-acting inhaler for asthma or COPD, such as salmeterol or formoterol, alone or in a combination inhaler?</source>
        <translation>Verwenden Sie einen langwirksamen Inhalator bei Asthma oder COPD, etwa mit Salmeterol oder Formoterol, allein oder in einem Kombinationsinhalator?</translation>
    </message>
    <message>
        <source>Do you take any of these: iron sucrose given into a vein, conjugated estrogens, raloxifene, naproxen or teriparatide?</source>
        <translation>Nehmen Sie eines dieser Medikamente: Eisen-Saccharose (in die Vene gegeben), konjugierte Östrogene, Raloxifen, Naproxen oder Teriparatid?</translation>
    </message>
    <message>
        <source>Do you take any of these: clonazepam, citalopram, celecoxib, gabapentin or zolpidem?</source>
        <translation>Nehmen Sie eines dieser Medikamente: Clonazepam, Citalopram, Celecoxib, Gabapentin oder Zolpidem?</translation>
    </message>
    <message>
        <source>Did your cramps begin after a medicine was started or changed?</source>
        <translation>Haben Ihre Krämpfe begonnen, nachdem ein Medikament neu angesetzt oder geändert wurde?</translation>
    </message>
    <message>
        <source>Are you pregnant, or could you be?</source>
        <translation>Sind Sie schwanger oder könnten Sie schwanger sein?</translation>
    </message>
    <message>
        <source>Are you in the last three months of pregnancy?</source>
        <translation>Sind Sie in den letzten drei Monaten der Schwangerschaft?</translation>
    </message>
    <message>
        <source>Do you have diabetes, or nerve damage in your legs or feet (neuropathy)?</source>
        <translation>Haben Sie Diabetes oder eine Nervenschädigung in den Beinen oder Füßen (Neuropathie)?</translation>
    </message>
    <message>
        <source>Do you have a circulation problem or heart disease?</source>
        <translation>Haben Sie eine Durchblutungsstörung oder eine Herzerkrankung?</translation>
    </message>
    <message>
        <source>Have you been told you have a narrowing of the spinal canal in your lower back (lumbar spinal stenosis)?</source>
        <translation>Wurde Ihnen gesagt, dass Sie eine Verengung des Wirbelkanals im unteren Rücken haben (lumbale Spinalkanalstenose)?</translation>
    </message>
    <message>
        <source>Do you have liver disease, such as cirrhosis?</source>
        <translation>Haben Sie eine Lebererkrankung, etwa eine Leberzirrhose?</translation>
    </message>
    <message>
        <source>Do you have kidney disease, or are you on dialysis?</source>
        <translation>Haben Sie eine Nierenerkrankung oder sind Sie auf Dialyse angewiesen?</translation>
    </message>
    <message>
        <source>Do you have a thyroid disorder?</source>
        <translation>Haben Sie eine Schilddrüsenerkrankung?</translation>
    </message>
    <message>
        <source>Do you have Parkinson&apos;s disease?</source>
        <translation>Haben Sie die Parkinson-Krankheit?</translation>
    </message>
    <message>
        <source>Do you regularly drink more alcohol than the recommended limits?</source>
        <translation>Trinken Sie regelmäßig mehr Alkohol als die empfohlenen Höchstmengen?</translation>
    </message>
    <message>
        <source>Do you stand or sit still for long periods on most days?</source>
        <translation>Stehen oder sitzen Sie an den meisten Tagen lange, ohne sich zu bewegen?</translation>
    </message>
    <message>
        <source>Have you recently started, or stepped up, hard training?</source>
        <translation>Haben Sie vor Kurzem mit anstrengendem Training begonnen oder es gesteigert?</translation>
    </message>
    <message>
        <source>Do you rarely or never stretch your legs?</source>
        <translation>Dehnen Sie Ihre Beine selten oder nie?</translation>
    </message>
    <message>
        <source>How much do cramps disturb your sleep?</source>
        <translation>Wie stark stören Krämpfe Ihren Schlaf?</translation>
    </message>
    <message>
        <source>How much do cramps affect your daily life, including the day after a bad night?</source>
        <translation>Wie stark beeinträchtigen Krämpfe Ihren Alltag, auch am Tag nach einer schlechten Nacht?</translation>
    </message>
    <message>
        <source>Cramps mostly at night or at rest</source>
        <translation>Krämpfe meist nachts oder in Ruhe</translation>
    </message>
    <message>
        <source>Cramps that come mostly at night or at rest are common, especially with age, and are usually harmless. Often no single cause is found.</source>
        <translation>Krämpfe, die meist nachts oder in Ruhe auftreten, sind häufig, besonders mit zunehmendem Alter, und meist harmlos. Oft findet sich keine einzelne Ursache.</translation>
    </message>
    <message>
        <source>Leg pain when walking that eases with rest</source>
        <translation>Beinschmerzen beim Gehen, die in Ruhe nachlassen</translation>
    </message>
    <message>
        <source>Pain that comes on with walking and eases within minutes of rest is not a typical cramp. It can be a sign of narrowed arteries in the legs.</source>
        <translation>Schmerzen, die beim Gehen auftreten und nach wenigen Minuten Ruhe nachlassen, sind kein typischer Krampf. Sie können ein Zeichen für verengte Arterien in den Beinen sein.</translation>
    </message>
    <message>
        <source>An urge to move the legs</source>
        <translation>Ein Drang, die Beine zu bewegen</translation>
    </message>
    <message>
        <source>An uncomfortable urge to move the legs that eases with moving, rather than a hard painful knot, can be restless legs, a different condition.</source>
        <translation>Ein unangenehmer Drang, die Beine zu bewegen, der bei Bewegung nachlässt, statt eines harten, schmerzhaften Knotens, kann ein Restless-Legs-Syndrom (unruhige Beine) sein, eine andere Erkrankung.</translation>
    </message>
    <message>
        <source>Cramps during or after hard exercise</source>
        <translation>Krämpfe während oder nach anstrengendem Sport</translation>
    </message>
    <message>
        <source>Cramps during or after long or hard exercise are mostly linked to tired, overworked muscles.</source>
        <translation>Krämpfe während oder nach langem oder anstrengendem Sport hängen meist mit müden, überlasteten Muskeln zusammen.</translation>
    </message>
    <message>
        <source>Drinking little</source>
        <translation>Wenig trinken</translation>
    </message>
    <message>
        <source>Taking in less fluid than you lose can upset the balance of fluid and salts that muscles need, and can contribute to cramps.</source>
        <translation>Weniger Flüssigkeit aufzunehmen, als man verliert, kann das Gleichgewicht von Flüssigkeit und Salzen stören, das Muskeln brauchen, und zu Krämpfen beitragen.</translation>
    </message>
    <message>
        <source>Heavy sweating</source>
        <translation>Starkes Schwitzen</translation>
    </message>
    <message>
        <source>Heavy sweating in heat or during long exercise loses both water and salt, which can contribute to cramps.</source>
        <translation>Bei starkem Schwitzen in der Hitze oder bei langer sportlicher Belastung gehen Wasser und Salz verloren, was zu Krämpfen beitragen kann.</translation>
    </message>
    <message>
        <source>Drinking beyond thirst during long events</source>
        <translation>Trinken über den Durst hinaus bei langen Ausdauerbelastungen</translation>
    </message>
    <message>
        <source>Drinking more plain water than you need during events longer than 2 to 4 hours can lower the sodium in your blood (exercise-associated hyponatremia), which can be dangerous.</source>
        <translation>Mehr reines Wasser zu trinken, als nötig ist, kann bei Ausdauerbelastungen von mehr als 2 bis 4 Stunden den Natriumspiegel im Blut senken (belastungsassoziierte Hyponatriämie); das kann gefährlich sein.</translation>
    </message>
    <message>
        <source>Salty meals without enough to drink</source>
        <translation>Salzige Mahlzeiten, ohne ausreichend zu trinken</translation>
    </message>
    <message>
        <source>A lot of salt without enough fluid draws water out of cells and can add to dehydration, a known cramp trigger.</source>
        <translation>Viel Salz ohne ausreichend Flüssigkeit entzieht den Zellen Wasser und kann einen Flüssigkeitsmangel verstärken, einen bekannten Auslöser von Krämpfen.</translation>
    </message>
    <message>
        <source>A low level of sodium, potassium, magnesium or calcium</source>
        <translation>Ein niedriger Natrium-, Kalium-, Magnesium- oder Calciumwert</translation>
    </message>
    <message>
        <source>A low level of one of these minerals in a blood test can make muscles more prone to cramp.</source>
        <translation>Ein niedriger Wert eines dieser Mineralstoffe in der Blutuntersuchung kann Muskeln anfälliger für Krämpfe machen.</translation>
    </message>
    <message>
        <source>Supplements taken for cramps</source>
        <translation>Nahrungsergänzungsmittel gegen Krämpfe</translation>
    </message>
    <message>
        <source>Magnesium, potassium or salt supplements are worth recording, so your doctor knows what you take. For magnesium, trials in older adults with night cramps found little or no benefit.</source>
        <translation>Es lohnt sich, Magnesium-, Kalium- oder Salzpräparate zu notieren, damit Ihre Ärztin oder Ihr Arzt weiß, was Sie einnehmen. Für Magnesium fanden Studien bei älteren Menschen mit nächtlichen Krämpfen wenig oder keinen Nutzen.</translation>
    </message>
    <message>
        <source>A water pill (diuretic)</source>
        <translation>Eine Entwässerungstablette (Diuretikum)</translation>
    </message>
    <message>
        <source>Water pills, especially thiazide and potassium-sparing types, are among the medicines most often linked with cramps. A link does not prove a cause.</source>
        <translation>Entwässerungstabletten, vor allem Thiazide und kaliumsparende Mittel, gehören zu den Medikamenten, die am häufigsten mit Krämpfen in Zusammenhang gebracht werden. Ein Zusammenhang beweist keine Ursache.</translation>
    </message>
    <message>
        <source>A statin</source>
        <translation>Ein Statin</translation>
    </message>
    <message>
        <source>Statins, taken to lower cholesterol, have a weak link with cramps. A link does not prove a cause.</source>
        <translation>Statine, die zur Senkung des Cholesterins eingenommen werden, stehen in einem schwachen Zusammenhang mit Krämpfen. Ein Zusammenhang beweist keine Ursache.</translation>
    </message>
    <message>
        <source>A long-acting inhaler for asthma or COPD</source>
        <translation>Ein langwirksamer Inhalator bei Asthma oder COPD</translation>
    </message>
    <message>
        <source>In a large study, people were about 2.4 times as likely to be treated for cramps after starting a long-acting inhaler such as salmeterol or formoterol. A link does not prove a cause.</source>
        <translation>In einer großen Studie wurden Menschen nach Beginn eines langwirksamen Inhalators wie Salmeterol oder Formoterol etwa 2,4-mal so häufig wegen Krämpfen behandelt. Ein Zusammenhang beweist keine Ursache.</translation>
    </message>
    <message>
        <source>A medicine with a strong link to night cramps</source>
        <translation>Ein Medikament, das stark mit nächtlichen Krämpfen zusammenhängt</translation>
    </message>
    <message>
        <source>Iron sucrose given into a vein, conjugated estrogens, raloxifene, naproxen and teriparatide had the strongest links with night cramps in a review. A link does not prove a cause.</source>
        <translation>Eisen-Saccharose (in die Vene gegeben), konjugierte Östrogene, Raloxifen, Naproxen und Teriparatid zeigten in einer Übersichtsarbeit die stärksten Zusammenhänge mit nächtlichen Krämpfen. Ein Zusammenhang beweist keine Ursache.</translation>
    </message>
    <message>
        <source>A medicine reported alongside night cramps</source>
        <translation>Ein Medikament, bei dem nächtliche Krämpfe berichtet wurden</translation>
    </message>
    <message>
        <source>Clonazepam, citalopram, celecoxib, gabapentin and zolpidem have also been reported alongside night cramps. A link does not prove a cause.</source>
        <translation>Auch bei Clonazepam, Citalopram, Celecoxib, Gabapentin und Zolpidem wurden nächtliche Krämpfe berichtet. Ein Zusammenhang beweist keine Ursache.</translation>
    </message>
    <message>
        <source>Later months of pregnancy</source>
        <translation>Spätere Schwangerschaftsmonate</translation>
    </message>
    <message>
        <source>Leg cramps are common in the later months of pregnancy.</source>
        <translation>Beinkrämpfe sind in den späteren Schwangerschaftsmonaten häufig.</translation>
    </message>
    <message>
        <source>Diabetes or nerve damage</source>
        <translation>Diabetes oder Nervenschädigung</translation>
    </message>
    <message>
        <source>Diabetes and nerve damage (neuropathy) are linked with cramps.</source>
        <translation>Diabetes und Nervenschädigungen (Neuropathie) hängen mit Krämpfen zusammen.</translation>
    </message>
    <message>
        <source>Circulation or heart disease</source>
        <translation>Durchblutungsstörung oder Herzerkrankung</translation>
    </message>
    <message>
        <source>Problems with the circulation or the heart are linked with cramps.</source>
        <translation>Probleme mit der Durchblutung oder dem Herzen hängen mit Krämpfen zusammen.</translation>
    </message>
    <message>
        <source>Narrowing of the spinal canal in the lower back</source>
        <translation>Verengung des Wirbelkanals im unteren Rücken</translation>
    </message>
    <message>
        <source>Narrowing of the spinal canal in the lower back (lumbar spinal stenosis) can press on nerves and is linked with leg cramps.</source>
        <translation>Eine Verengung des Wirbelkanals im unteren Rücken (lumbale Spinalkanalstenose) kann auf Nerven drücken und hängt mit Beinkrämpfen zusammen.</translation>
    </message>
    <message>
        <source>Liver disease</source>
        <translation>Lebererkrankung</translation>
    </message>
    <message>
        <source>Liver disease, including cirrhosis, is linked with cramps.</source>
        <translation>Lebererkrankungen, auch eine Leberzirrhose, hängen mit Krämpfen zusammen.</translation>
    </message>
    <message>
        <source>Kidney disease or dialysis</source>
        <translation>Nierenerkrankung oder Dialyse</translation>
    </message>
    <message>
        <source>Kidney disease, and dialysis in particular, is linked with cramps.</source>
        <translation>Nierenerkrankungen, und besonders die Dialyse, hängen mit Krämpfen zusammen.</translation>
    </message>
    <message>
        <source>A thyroid disorder</source>
        <translation>Eine Schilddrüsenerkrankung</translation>
    </message>
    <message>
        <source>Thyroid disorders are linked with cramps.</source>
        <translation>Schilddrüsenerkrankungen hängen mit Krämpfen zusammen.</translation>
    </message>
    <message>
        <source>Parkinson&apos;s disease</source>
        <translation>Parkinson-Krankheit</translation>
    </message>
    <message>
        <source>Parkinson&apos;s disease is linked with cramps.</source>
        <translation>Die Parkinson-Krankheit hängt mit Krämpfen zusammen.</translation>
    </message>
    <message>
        <source>Heavy alcohol use</source>
        <translation>Hoher Alkoholkonsum</translation>
    </message>
    <message>
        <source>Regular heavy drinking is linked with cramps.</source>
        <translation>Regelmäßig hoher Alkoholkonsum hängt mit Krämpfen zusammen.</translation>
    </message>
    <message>
        <source>Long spells of standing or sitting</source>
        <translation>Langes Stehen oder Sitzen</translation>
    </message>
    <message>
        <source>Standing or sitting still for long periods is linked with cramps.</source>
        <translation>Langes Stehen oder Sitzen ohne Bewegung hängt mit Krämpfen zusammen.</translation>
    </message>
    <message>
        <source>New or harder training</source>
        <translation>Neues oder intensiveres Training</translation>
    </message>
    <message>
        <source>Starting or stepping up hard training tires muscles, and tired, overworked muscles cramp more easily.</source>
        <translation>Mit anstrengendem Training zu beginnen oder es zu steigern, ermüdet die Muskeln, und müde, überlastete Muskeln verkrampfen leichter.</translation>
    </message>
    <message>
        <source>No regular stretching</source>
        <translation>Kein regelmäßiges Dehnen</translation>
    </message>
    <message>
        <source>Regular stretching keeps muscles flexible and may reduce night cramps.</source>
        <translation>Regelmäßiges Dehnen hält die Muskeln beweglich und kann nächtliche Krämpfe verringern.</translation>
    </message>
    <message>
        <source>Drink when you are thirsty rather than to a daily target. Forcing extra water does not prevent cramps and can lower the sodium in your blood. If you were told to drink a set amount for a medical reason, ask your doctor before changing it.</source>
        <translation>Trinken Sie nach Durst statt nach einer Tagesmenge. Zusätzliches Wasser zu erzwingen beugt Krämpfen nicht vor und kann den Natriumspiegel im Blut senken. Wenn Ihnen aus medizinischen Gründen eine bestimmte Trinkmenge verordnet wurde, fragen Sie Ihre Ärztin oder Ihren Arzt, bevor Sie daran etwas ändern.</translation>
    </message>
    <message>
        <source>Never stop this medicine on your own. Ask your doctor whether a blood test of your magnesium level is due.</source>
        <translation>Setzen Sie dieses Medikament nie eigenmächtig ab. Fragen Sie Ihre Ärztin oder Ihren Arzt, ob eine Blutuntersuchung Ihres Magnesiumspiegels fällig ist.</translation>
    </message>
    <message>
        <source>Mention this to your doctor, who can check the circulation in your legs. If a foot suddenly turns cold, pale or blue, call emergency services.</source>
        <translation>Sprechen Sie Ihre Ärztin oder Ihren Arzt darauf an; dort kann die Durchblutung Ihrer Beine untersucht werden. Wenn ein Fuß plötzlich kalt, blass oder bläulich wird, wählen Sie den Notruf.</translation>
    </message>
    <message>
        <source>A few symptoms need a doctor soon or straight away. Most questions ask about now or the last 7 days.</source>
        <translation>Einige Beschwerden brauchen bald oder sofort ärztliche Hilfe. Die meisten Fragen beziehen sich auf jetzt oder die letzten 7 Tage.</translation>
    </message>
    <message>
        <source>Some medicines are linked to cramps. A link is something to ask about, not a reason to stop: never stop a medicine on your own. Count inhalers, injections, infusions and painkillers you buy yourself as medicines too.</source>
        <translation>Manche Medikamente werden mit Krämpfen in Verbindung gebracht. Ein solcher Zusammenhang ist ein Grund nachzufragen, nicht abzusetzen: Setzen Sie ein Medikament nie eigenmächtig ab. Zählen Sie auch Inhalatoren, Spritzen, Infusionen und selbst gekaufte Schmerzmittel als Medikamente.</translation>
    </message>
    <message>
        <source>You did not answer this warning question, so the checklist cannot rule it out. If it does apply to you, do not wait: follow the action shown.</source>
        <translation>Sie haben diese Warnfrage nicht beantwortet, daher kann die Checkliste sie nicht ausschließen. Wenn sie auf Sie zutrifft, warten Sie nicht: Folgen Sie der angegebenen Maßnahme.</translation>
    </message>
    <message>
        <source>You answered “no” to every warning question, and your answers did not point to a known risk factor. If your cramps trouble you, change or get worse, talk to your doctor.</source>
        <translation>Sie haben jede Warnfrage mit „Nein“ beantwortet, und Ihre Antworten wiesen auf keinen bekannten Risikofaktor hin. Wenn Ihre Krämpfe Sie belasten, sich verändern oder schlimmer werden, sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Reasons for an appointment</source>
        <translation>Gründe für einen Arzttermin</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde aus Ihren Antworten</translation>
    </message>
    <message>
        <source>To check: not answered or not sure</source>
        <translation>Zu klären: nicht beantwortet oder unsicher</translation>
    </message>
    <message>
        <source>Symptoms that may be another condition</source>
        <translation>Beschwerden, hinter denen eine andere Erkrankung stecken kann</translation>
    </message>
    <message>
        <source>Warning signs: %1</source>
        <translation>Warnzeichen: %1</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>zu klären: %1</translation>
    </message>
    <message>
        <source>Reasons for an appointment: %1</source>
        <translation>Gründe für einen Arzttermin: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had leg pain or swelling together with sudden shortness of breath or chest pain?</source>
        <translation>Hatten Sie jetzt oder in den letzten 7 Tagen Beinschmerzen oder eine Beinschwellung zusammen mit plötzlicher Atemnot oder Brustschmerzen?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has a leg or foot suddenly become painful and cold, pale or blue, or numb or weak?</source>
        <translation>Ist jetzt oder in den letzten 7 Tagen ein Bein oder Fuß plötzlich schmerzhaft und kalt, blass oder bläulich, taub oder schwach geworden?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had sudden weakness or numbness of a leg, an arm or your face, or sudden trouble speaking?</source>
        <translation>Hatten Sie jetzt oder in den letzten 7 Tagen eine plötzliche Schwäche oder ein Taubheitsgefühl in einem Bein, einem Arm oder im Gesicht oder plötzlich Schwierigkeiten beim Sprechen?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had back pain together with numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel?</source>
        <translation>Hatten Sie jetzt oder in den letzten 7 Tagen Rückenschmerzen zusammen mit Taubheit zwischen den Beinen oder um das Gesäß oder neue Probleme, Blase oder Darm zu kontrollieren?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have cramps come with confusion, a seizure, fainting, repeated vomiting or collapse, for example after long exercise or after drinking far more water than usual?</source>
        <translation>Traten jetzt oder in den letzten 7 Tagen Krämpfe zusammen mit Verwirrtheit, einem Krampfanfall, Ohnmacht, wiederholtem Erbrechen oder einem Zusammenbruch auf, zum Beispiel nach langer Belastung oder nachdem Sie viel mehr Wasser als sonst getrunken hatten?</translation>
    </message>
    <message>
        <source>After a wound, have you had a stiff jaw, trouble swallowing, or painful muscle spasms that spread, now or in the last 7 days?</source>
        <translation>Hatten Sie nach einer Wunde jetzt oder in den letzten 7 Tagen einen steifen Kiefer, Schluckbeschwerden oder schmerzhafte Muskelkrämpfe, die sich ausbreiten?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has one calf been swollen, warm, red or tender?</source>
        <translation>War jetzt oder in den letzten 7 Tagen eine Wade geschwollen, warm, gerötet oder druckempfindlich?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had dark, cola-coloured urine together with severe muscle pain or weakness?</source>
        <translation>Hatten Sie jetzt oder in den letzten 7 Tagen dunklen, colafarbenen Urin zusammen mit starken Muskelschmerzen oder Schwäche?</translation>
    </message>
    <message>
        <source>In the last 7 days, have you had a cramp that lasted more than 10 minutes and did not ease?</source>
        <translation>Hatten Sie in den letzten 7 Tagen einen Krampf, der länger als 10 Minuten dauerte und nicht nachließ?</translation>
    </message>
    <message>
        <source>Have your cramps begun in the last 7 days, after a dirty wound?</source>
        <translation>Haben Ihre Krämpfe in den letzten 7 Tagen nach einer verschmutzten Wunde begonnen?</translation>
    </message>
    <message>
        <source>Have your cramps begun in the last 7 days, after contact with lead or mercury?</source>
        <translation>Haben Ihre Krämpfe in den letzten 7 Tagen nach Kontakt mit Blei oder Quecksilber begonnen?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had nausea, headache or weakness along with cramps after endurance exercise or while taking a water pill (diuretic)?</source>
        <translation>Hatten Sie jetzt oder in den letzten 7 Tagen Übelkeit, Kopfschmerzen oder Schwäche zusammen mit Krämpfen nach einer Ausdauerbelastung oder während Sie eine Entwässerungstablette (Diuretikum) einnehmen?</translation>
    </message>
    <message>
        <source>Do you get foot or leg pain at rest at night that eases when you hang your leg down, or sores on your feet or legs that do not heal?</source>
        <translation>Haben Sie nachts in Ruhe Fuß- oder Beinschmerzen, die nachlassen, wenn Sie das Bein herunterhängen lassen, oder Wunden an Füßen oder Beinen, die nicht heilen?</translation>
    </message>
    <message>
        <source>Did you have any of the sudden symptoms asked about above more than 7 days ago, and they have passed?</source>
        <translation>Hatten Sie eine der oben erfragten plötzlichen Beschwerden vor mehr als 7 Tagen, und sie ist inzwischen vorbei?</translation>
    </message>
    <message>
        <source>On most days, do you make yourself drink water well beyond thirst, for example to reach a daily target?</source>
        <translation>Trinken Sie an den meisten Tagen bewusst weit über den Durst hinaus Wasser, zum Beispiel um eine Tagesmenge zu erreichen?</translation>
    </message>
    <message>
        <source>Have you taken a proton pump inhibitor for stomach acid, such as omeprazole, lansoprazole, pantoprazole or esomeprazole, for a year or longer?</source>
        <translation>Nehmen Sie seit einem Jahr oder länger einen Protonenpumpenhemmer gegen Magensäure ein, etwa Omeprazol, Lansoprazol, Pantoprazol oder Esomeprazol?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has back pain come with numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel?</source>
        <translation>Gingen jetzt oder in den letzten 7 Tagen Rückenschmerzen mit Taubheit zwischen den Beinen oder um das Gesäß oder mit neuen Problemen einher, Blase oder Darm zu kontrollieren?</translation>
    </message>
    <message>
        <source>Drinking well beyond thirst every day</source>
        <translation>Täglich weit über den Durst hinaus trinken</translation>
    </message>
    <message>
        <source>Drinking much more water than your body asks for, day after day, can lower the sodium in your blood. Cramps are not prevented by drinking extra.</source>
        <translation>Tag für Tag viel mehr Wasser zu trinken, als der Körper verlangt, kann den Natriumspiegel im Blut senken. Zusätzliches Trinken beugt Krämpfen nicht vor.</translation>
    </message>
    <message>
        <source>A proton pump inhibitor for stomach acid, taken for a long time</source>
        <translation>Langfristig eingenommener Protonenpumpenhemmer gegen Magensäure</translation>
    </message>
    <message>
        <source>Taking a proton pump inhibitor, such as omeprazole or lansoprazole, for a long time can lower the magnesium in the blood, and a low magnesium level can make muscles cramp.</source>
        <translation>Die langfristige Einnahme eines Protonenpumpenhemmers wie Omeprazol oder Lansoprazol kann den Magnesiumspiegel im Blut senken, und ein niedriger Magnesiumspiegel kann Muskelkrämpfe begünstigen.</translation>
    </message>
</context>
<context>
    <name>ChecklistResults</name>
    <message>
        <source>Completed on %1 at %2.</source>
        <translation>Ausgefüllt am %1 um %2.</translation>
    </message>
    <message>
        <source>Worth checking</source>
        <translation>Prüfenswert</translation>
    </message>
    <message>
        <source>Questions not answered: %1. They are not counted either way, so these results may miss something.</source>
        <translation>Nicht beantwortete Fragen: %1. Sie werden weder in die eine noch in die andere Richtung gewertet, daher könnte diesen Ergebnissen etwas entgehen.</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Mehr lesen</translation>
    </message>
    <message>
        <source>Read more: %1</source>
        <translation>Mehr lesen: %1</translation>
    </message>
    <message>
        <source>Opens the article at the section about this.</source>
        <translation>Öffnet den Artikel beim Abschnitt zu diesem Thema.</translation>
    </message>
    <message>
        <source>If this applies to you: %1</source>
        <translation>Wenn das auf Sie zutrifft: %1</translation>
    </message>
    <message>
        <source>What may help</source>
        <translation>Was helfen kann</translation>
    </message>
    <message>
        <source>You answered “not sure” to these. They are not counted either way; finding out, or asking your doctor or pharmacist, may be worth it.</source>
        <translation>Hierauf haben Sie mit „weiß nicht“ geantwortet. Diese Punkte werden weder in die eine noch in die andere Richtung gewertet; es kann sich lohnen, sie herauszufinden oder in Ihrer Arztpraxis oder Apotheke nachzufragen.</translation>
    </message>
    <message>
        <source>This is your first checklist.</source>
        <translation>Dies ist Ihre erste Checkliste.</translation>
    </message>
    <message>
        <source>What changed since last time</source>
        <translation>Was sich seit dem letzten Mal geändert hat</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Was sich seit %1 geändert hat</translation>
    </message>
    <message>
        <source>Same findings as last time.</source>
        <translation>Gleiche Ergebnisse wie beim letzten Mal.</translation>
    </message>
    <message>
        <source>New this time</source>
        <translation>Neu dieses Mal</translation>
    </message>
    <message>
        <source>No longer found</source>
        <translation>Nicht mehr gefunden</translation>
    </message>
    <message>
        <source>Found last time too: %1</source>
        <translation>Auch beim letzten Mal gefunden: %1</translation>
    </message>
    <message>
        <source>Not sure: %1</source>
        <translation>Weiß nicht: %1</translation>
    </message>
    <message>
        <source>Warning sign: %1</source>
        <translation>Warnzeichen: %1</translation>
    </message>
    <message>
        <source>Your checklist results</source>
        <translation>Ihre Ergebnisse der Checkliste</translation>
    </message>
    <message>
        <source>Do the checklist again</source>
        <translation>Checkliste wiederholen</translation>
    </message>
    <message>
        <source>Do the checklist &amp;again</source>
        <translation>Checkliste &amp;wiederholen</translation>
    </message>
    <message>
        <source>Checklist results</source>
        <translation>Ergebnisse der Checkliste</translation>
    </message>
    <message>
        <source>Try this for 4 weeks…</source>
        <translation>4 Wochen lang ausprobieren …</translation>
    </message>
    <message>
        <source>Try this for 4 weeks: %1</source>
        <translation>4 Wochen lang ausprobieren: %1</translation>
    </message>
    <message>
        <source>Risk factors and possible contributing factors</source>
        <translation>Risikofaktoren und mögliche beitragende Faktoren</translation>
    </message>
    <message>
        <source>You did not answer these warning questions, or were not sure. Each could need help quickly: if one applies to you, do what it says.</source>
        <translation>Diese Warnfragen haben Sie nicht beantwortet oder waren sich unsicher. Jede davon kann schnelle Hilfe erfordern: Wenn eine auf Sie zutrifft, tun Sie, was dort steht.</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>Reason for an appointment: %1</source>
        <translation>Grund für einen Arzttermin: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <source>Start again?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <source>Start a new checklist? The answers of the checklist you did not finish will be discarded.</source>
        <translation>Eine neue Checkliste beginnen? Die Antworten der Checkliste, die Sie nicht abgeschlossen haben, werden verworfen.</translation>
    </message>
    <message>
        <source>Your data could not be used</source>
        <translation>Ihre Daten konnten nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>ChecklistStart</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Risikofaktoren-Checkliste</translation>
    </message>
    <message>
        <source>%1 short sections of yes, no or not sure questions about your cramps, what you drink, your medicines and your health. It takes about five minutes. At the end you see what is worth raising with your doctor, and why.</source>
        <translation>%1 kurze Abschnitte mit Fragen, die Sie mit Ja, Nein oder „Weiß nicht“ beantworten: zu Ihren Krämpfen, zu dem, was Sie trinken, zu Ihren Medikamenten und zu Ihrer Gesundheit. Das dauert etwa fünf Minuten. Am Ende sehen Sie, was es sich lohnt, bei Ihrer Ärztin oder Ihrem Arzt anzusprechen, und warum.</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Fortsetzen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Fortsetzen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>See your last results</source>
        <translation>Letzte Ergebnisse ansehen</translation>
    </message>
    <message>
        <source>See your last &amp;results</source>
        <translation>Letzte &amp;Ergebnisse ansehen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Checkliste starten</translation>
    </message>
    <message>
        <source>You have a checklist you did not finish.</source>
        <translation>Sie haben eine Checkliste, die Sie noch nicht abgeschlossen haben.</translation>
    </message>
    <message>
        <source>You have not filled in the checklist yet.</source>
        <translation>Sie haben die Checkliste noch nicht ausgefüllt.</translation>
    </message>
    <message>
        <source>You last filled it in on %1.</source>
        <translation>Sie haben sie zuletzt am %1 ausgefüllt.</translation>
    </message>
</context>
<context>
    <name>ChecklistStatus</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Risikofaktoren-Checkliste</translation>
    </message>
    <message>
        <source>You have not filled in the risk-factor checklist yet.</source>
        <translation>Sie haben die Risikofaktoren-Checkliste noch nicht ausgefüllt.</translation>
    </message>
    <message>
        <source>It asks about your cramps, your health and your medicines, and shows what is worth discussing with your doctor.</source>
        <translation>Sie fragt nach Ihren Krämpfen, Ihrer Gesundheit und Ihren Medikamenten und zeigt, worüber es sich lohnt, mit Ihrer Ärztin oder Ihrem Arzt zu sprechen.</translation>
    </message>
    <message>
        <source>Start the &amp;checklist</source>
        <translation>&amp;Checkliste starten</translation>
    </message>
    <message>
        <source>You last filled in the risk-factor checklist on %1.</source>
        <translation>Sie haben die Risikofaktoren-Checkliste zuletzt am %1 ausgefüllt.</translation>
    </message>
    <message>
        <source>Do the &amp;checklist again</source>
        <translation>&amp;Checkliste wiederholen</translation>
    </message>
    <message>
        <source>Open the &amp;checklist</source>
        <translation>&amp;Checkliste öffnen</translation>
    </message>
    <message>
        <source>You have a checklist you did not finish: continue where you left off.</source>
        <translation>Sie haben eine Checkliste nicht abgeschlossen: Machen Sie dort weiter, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Continue the &amp;checklist</source>
        <translation>&amp;Checkliste fortsetzen</translation>
    </message>
    <message>
        <source>%1 Warning sign in your answers: %2.</source>
        <translation>%1 Warnzeichen in Ihren Antworten: %2.</translation>
    </message>
    <message>
        <source>Its result: %1.</source>
        <translation>Ergebnis: %1.</translation>
    </message>
    <message>
        <source>Same findings as the one before.</source>
        <translation>Gleiche Ergebnisse wie bei der vorherigen.</translation>
    </message>
    <message>
        <source>Since the one before: new findings: %1 · no longer found: %2.</source>
        <translation>Seit der vorherigen: neue Ergebnisse: %1 · nicht mehr gefunden: %2.</translation>
    </message>
    <message>
        <source>It is more than 3 months old: worth doing again.</source>
        <translation>Sie ist älter als 3 Monate: Es lohnt sich, sie zu wiederholen.</translation>
    </message>
    <message>
        <source>You have logged a warning sign since then: worth doing again.</source>
        <translation>Sie haben seitdem ein Warnzeichen erfasst: Es lohnt sich, sie zu wiederholen.</translation>
    </message>
    <message>
        <source>No concern found</source>
        <translation>Nichts Auffälliges gefunden</translation>
    </message>
    <message>
        <source>Warning sign in your answers: %1. Tell your doctor about it, and do the checklist again if anything has changed.</source>
        <translation>Warnzeichen in Ihren Antworten: %1. Erzählen Sie Ihrer Ärztin oder Ihrem Arzt davon, und füllen Sie die Checkliste erneut aus, wenn sich etwas verändert hat.</translation>
    </message>
    <message>
        <source>1 warning question not answered or answered “not sure”. If it applies to you, do what the results say.</source>
        <translation>1 Warnfrage nicht beantwortet oder mit „Unsicher“ beantwortet. Wenn sie auf Sie zutrifft, tun Sie, was in den Ergebnissen steht.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning questions not answered or answered “not sure”. If one applies to you, do what the results say.</source>
        <translation>
            <numerusform>%n Warnfrage nicht beantwortet oder mit „Unsicher“ beantwortet. Wenn sie auf Sie zutrifft, tun Sie, was in den Ergebnissen steht.</numerusform>
            <numerusform>%n Warnfragen nicht beantwortet oder mit „Unsicher“ beantwortet. Wenn eine auf Sie zutrifft, tun Sie, was in den Ergebnissen steht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Reason for an appointment in your answers: %2.</source>
        <translation>%1 Grund für einen Arzttermin in Ihren Antworten: %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Risikofaktoren-Checkliste</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Fortschritt der Checkliste</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Speichern und &amp;schließen</translation>
    </message>
    <message>
        <source>Keep your answers and come back later (Esc)</source>
        <translation>Antworten behalten und später weitermachen (Esc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Finish the checklist</source>
        <translation>Checkliste abschließen</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>From your medication list: %1, started on %2</source>
        <translation>Aus Ihrer Medikamentenliste: %1, begonnen am %2</translation>
    </message>
    <message>
        <source>From your medication list: %1</source>
        <translation>Aus Ihrer Medikamentenliste: %1</translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation>Abschnitt %1 von %2: %3</translation>
    </message>
    <message>
        <source>1 question is not answered; it will be listed as unknown, or as one to check if it is a warning question. Press Finish again to finish now, or go back to answer it.</source>
        <translation>1 Frage ist nicht beantwortet; sie wird als unbekannt aufgeführt, als Warnfrage als „zu prüfen“. Drücken Sie erneut auf „Abschließen“, um jetzt abzuschließen, oder gehen Sie zurück, um sie zu beantworten.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions are not answered; they will be listed as unknown, and warning questions as ones to check. Press Finish again to finish now, or go back to answer them.</source>
        <translation>
            <numerusform>%n Frage ist nicht beantwortet; sie wird als unbekannt aufgeführt, als Warnfrage als „zu prüfen“. Drücken Sie erneut auf „Abschließen“, um jetzt abzuschließen, oder gehen Sie zurück, um sie zu beantworten.</numerusform>
            <numerusform>%n Fragen sind nicht beantwortet; sie werden als unbekannt aufgeführt, Warnfragen als „zu prüfen“. Drücken Sie erneut auf „Abschließen“, um jetzt abzuschließen, oder gehen Sie zurück, um sie zu beantworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning question: %1</source>
        <translation>Warnfrage: %1</translation>
    </message>
    <message>
        <source>Not answered yet (choose one to answer it):</source>
        <translation>Noch nicht beantwortet (zum Beantworten auswählen):</translation>
    </message>
    <message>
        <source>Questions not answered</source>
        <translation>Nicht beantwortete Fragen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2).</source>
        <translation>Der Datenordner %1 kann nicht verwendet werden (%2).</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Episodes imported: %1.</source>
        <translation>Importierte Episoden: %1.</translation>
    </message>
    <message>
        <source>Episodes exported to %2: %1.</source>
        <translation>Nach %2 exportierte Episoden: %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force to replace it.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Backed up your data to %1.</source>
        <translation>Ihre Daten wurden in %1 gesichert.</translation>
    </message>
    <message>
        <source>Restored your data from %1.</source>
        <translation>Ihre Daten wurden aus %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your previous data was kept in %1.</source>
        <translation>Ihre bisherigen Daten wurden in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>%1 is a file</source>
        <translation>%1 ist eine Datei</translation>
    </message>
    <message>
        <source>Report written to %2 (pages: %1).</source>
        <translation>Bericht unter %2 gespeichert (Seiten: %1).</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>Der erste Tag (%1) liegt nach dem letzten Tag (%2).</translation>
    </message>
    <message>
        <source>%1 is outside the days a report can cover (%2 to %3).</source>
        <translation>%1 liegt außerhalb der Tage, die ein Bericht abdecken kann (%2 bis %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2026-03-01.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>No backup was found.</source>
        <translation>Es wurde keine Sicherung gefunden.</translation>
    </message>
    <message>
        <source>Your newest backup is %1.</source>
        <translation>Ihre neueste Sicherung ist %1.</translation>
    </message>
    <message>
        <source>Nothing was done. Open Leg Cramp Companion to restore a backup or to start with empty data, then run the command again.</source>
        <translation>Es wurde nichts getan. Öffnen Sie Leg Cramp Companion, um eine Sicherung wiederherzustellen oder mit leeren Daten zu beginnen, und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 is in your data folder (%2) or links to a file in it; writing it could destroy your data. Choose a file outside that folder.</source>
        <translation>%1 liegt in Ihrem Datenordner (%2) oder verweist auf eine Datei darin; sie zu schreiben könnte Ihre Daten zerstören. Wählen Sie eine Datei außerhalb dieses Ordners.</translation>
    </message>
    <message>
        <source>The entry of %1 could not be read (its %2 is not valid); it was left out.</source>
        <translation>Der Eintrag vom %1 konnte nicht gelesen werden (sein Wert %2 ist ungültig); er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Your data folder already holds %1 records; add --replace to replace them (a backup of them is kept first).</source>
        <translation>Ihr Datenordner enthält bereits %1 Einträge; fügen Sie --replace hinzu, um sie zu ersetzen (zuvor wird eine Sicherung davon angelegt).</translation>
    </message>
    <message>
        <source>Records imported: %1.</source>
        <translation>Einträge importiert: %1.</translation>
    </message>
    <message>
        <source>Records exported to %2: %1.</source>
        <translation>Einträge exportiert nach %2: %1.</translation>
    </message>
</context>
<context>
    <name>CompanionFeatures</name>
    <message>
        <source>&amp;Reminders and start at login…</source>
        <translation>E&amp;rinnerungen und Start bei der Anmeldung …</translation>
    </message>
</context>
<context>
    <name>CrampApplication</name>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Backup restored. Your previous data was kept as %1.</source>
        <translation>Sicherung wiederhergestellt. Ihre bisherigen Daten wurden als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (the first unreadable character is on line %1). Save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text (das erste nicht lesbare Zeichen steht in Zeile %1). Speichern Sie sie als UTF-8 (in einer Tabellenkalkulation: „CSV UTF-8“) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Die Datei ist UTF-16-Text. Speichern Sie sie als UTF-8 (in einer Tabellenkalkulation: „CSV UTF-8“) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds binary data). Choose the CSV file you saved from your spreadsheet.</source>
        <translation>Die Datei ist keine CSV-Textdatei (sie enthält Binärdaten). Wählen Sie die CSV-Datei, die Sie aus Ihrer Tabellenkalkulation gespeichert haben.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, far more than a diary of cramps needs. Check that you chose the right file.</source>
        <translation>Die Datei ist größer als %1 MB, weit mehr, als ein Krampftagebuch braucht. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>the first row names %1 columns; a file of episodes has at most %2</source>
        <translation>die erste Zeile nennt %1 Spalten; eine Datei mit Episoden hat höchstens %2</translation>
    </message>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation>die Datei ist leer; die erste Zeile muss die Spalten benennen</translation>
    </message>
    <message>
        <source>the file is not valid CSV (%1)</source>
        <translation>die Datei ist keine gültige CSV-Datei (%1)</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a value in this row that is never closed, so the rows after it would run into it; close the quote or remove it</source>
        <translation>ein Anführungszeichen (&quot;) öffnet in dieser Zeile einen Wert, der nie geschlossen wird, sodass die folgenden Zeilen hineinlaufen würden; schließen Sie das Anführungszeichen oder entfernen Sie es</translation>
    </message>
    <message>
        <source>has %1 values but the first row names %2 columns</source>
        <translation>enthält %1 Werte, die erste Zeile nennt aber %2 Spalten</translation>
    </message>
    <message>
        <source>unknown columns: %1</source>
        <translation>unbekannte Spalten: %1</translation>
    </message>
    <message>
        <source>columns named twice: %1</source>
        <translation>doppelt vorhandene Spalten: %1</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>fehlende Spalten: %1</translation>
    </message>
    <message>
        <source>the columns must be: %1</source>
        <translation>die Spalten müssen lauten: %1</translation>
    </message>
    <message>
        <source>(a column without a name)</source>
        <translation>(eine Spalte ohne Namen)</translation>
    </message>
    <message>
        <source>is empty; give a date and time like 2024-05-01T23:40</source>
        <translation>ist leer; geben Sie Datum und Uhrzeit an, etwa 2024-05-01T23:40</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time like 2024-05-01T23:40 or 2024-05-01T23:40+02:00</source>
        <translation>„%1“ ist keine Angabe von Datum und Uhrzeit wie 2024-05-01T23:40 oder 2024-05-01T23:40+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not exist in your time zone (the clocks went forward); give the offset, like 2024-03-31T03:30+02:00</source>
        <translation>&apos;%1&apos; gab es in Ihrer Zeitzone nicht (die Uhren wurden vorgestellt); geben Sie die Zeitverschiebung an, etwa 2024-03-31T03:30+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time zone offset with seconds</source>
        <translation>„%1“ enthält eine Zeitzonenangabe mit Sekunden</translation>
    </message>
    <message>
        <source>is empty; give the number of minutes, like 2 or 1.5</source>
        <translation>ist leer; geben Sie die Anzahl der Minuten an, etwa 2 oder 1,5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes like 2 or 1.5</source>
        <translation>„%1“ ist keine Minutenzahl wie 2 oder 1,5</translation>
    </message>
    <message>
        <source>is empty; give a whole number from 0 to 10</source>
        <translation>ist leer; geben Sie eine ganze Zahl von 0 bis 10 an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>is empty; use one of: %1</source>
        <translation>ist leer; verwenden Sie einen dieser Codes: %1</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;; use one of: %2</source>
        <translation>unbekannter Code „%1“; verwenden Sie einen dieser Codes: %2</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>… weitere Probleme: %1</translation>
    </message>
</context>
<context>
    <name>DataFileGuard</name>
    <message>
        <source>Choose another place</source>
        <translation>Anderen Ort wählen</translation>
    </message>
    <message>
        <source>“%1” is in your data folder or links to a file in it. Saving there could destroy your data, so nothing was saved. Choose a file in another folder.</source>
        <translation>„%1“ liegt in Ihrem Datenordner oder verweist auf eine Datei darin. Dort zu speichern könnte Ihre Daten zerstören, daher wurde nichts gespeichert. Wählen Sie eine Datei in einem anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The file could not be used: %1</source>
        <translation>Die Datei konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Import episodes</source>
        <translation>Episoden importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Episodes imported: %1.</source>
        <translation>Importierte Episoden: %1.</translation>
    </message>
    <message>
        <source>Importing episodes…</source>
        <translation>Episoden werden importiert …</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Export episodes</source>
        <translation>Episoden exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Episodes exported: %1, to %2.</source>
        <translation>Exportierte Episoden: %1, nach %2.</translation>
    </message>
    <message>
        <source>Exporting episodes…</source>
        <translation>Episoden werden exportiert …</translation>
    </message>
    <message>
        <source>Back up your data</source>
        <translation>Ihre Daten sichern</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Sicherungen (*.db)</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>Sicherung gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Daten werden gesichert …</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Sicherungen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace your data?</source>
        <translation>Ihre Daten ersetzen?</translation>
    </message>
    <message>
        <source>Replace your current data with the backup “%1”? A copy of your current data is kept in the backups folder first.</source>
        <translation>Ihre aktuellen Daten durch die Sicherung „%1“ ersetzen? Zuvor wird eine Kopie Ihrer aktuellen Daten im Sicherungsordner abgelegt.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Records exported: %1, to %2.</source>
        <translation>Einträge exportiert: %1, nach %2.</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Alles wird exportiert …</translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation>Alles importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Die Datei wird geprüft …</translation>
    </message>
    <message>
        <source>You already have %1 records. Replace all of them with the %2 records in “%3”? A copy of your current data is kept in the backups folder first.</source>
        <translation>Sie haben bereits %1 Einträge. Alle durch die %2 Einträge aus „%3“ ersetzen? Zuvor wird eine Kopie Ihrer jetzigen Daten im Sicherungsordner abgelegt.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Records imported: %1.</source>
        <translation>Einträge importiert: %1.</translation>
    </message>
    <message>
        <source>Your previous data was kept as %1.</source>
        <translation>Ihre bisherigen Daten wurden als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Importing everything…</source>
        <translation>Alles wird importiert …</translation>
    </message>
    <message>
        <source>The file has problems, so nothing was imported. Fix these and try again:</source>
        <translation>Die Datei enthält Fehler, daher wurde nichts importiert. Beheben Sie diese und versuchen Sie es erneut:</translation>
    </message>
</context>
<context>
    <name>DayFactors</name>
    <message>
        <source>Add what happened &amp;yesterday (optional)</source>
        <translation>Angaben zu &amp;gestern ergänzen (optional)</translation>
    </message>
    <message>
        <source>This helps show patterns, such as whether cramps come more often after hot days.</source>
        <translation>So lassen sich Muster erkennen, etwa ob Krämpfe nach heißen Tagen häufiger auftreten.</translation>
    </message>
    <message>
        <source>Yesterday (tick any that apply):</source>
        <translation>Gestern (alles Zutreffende ankreuzen):</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have changed this form. Close it without saving?</source>
        <translation>Sie haben dieses Formular geändert. Ohne Speichern schließen?</translation>
    </message>
</context>
<context>
    <name>EpisodeDetails</name>
    <message>
        <source>0 = slept on, 10 = no more sleep that night</source>
        <translation>0 = weitergeschlafen, 10 = in der Nacht nicht mehr geschlafen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Sleep disturbance</source>
        <translation>Schlafstörung</translation>
    </message>
    <message>
        <source>Soreness afterwards</source>
        <translation>Schmerzen danach</translation>
    </message>
    <message>
        <source>In the 24 hours before</source>
        <translation>In den 24 Stunden davor</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Was ich versucht habe</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Hat es geholfen?</translation>
    </message>
    <message>
        <source>Along with the cramp</source>
        <translation>Zusammen mit dem Krampf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else you want to remember or tell a doctor</source>
        <translation>Alles andere, was Sie sich merken oder einer Ärztin oder einem Arzt sagen möchten</translation>
    </message>
    <message>
        <source>Slee&amp;p disturbance:</source>
        <translation>Schla&amp;fstörung:</translation>
    </message>
    <message>
        <source>So&amp;reness afterwards:</source>
        <translation>Schme&amp;rzen danach:</translation>
    </message>
    <message>
        <source>Did it &amp;help?</source>
        <translation>Hat es ge&amp;holfen?</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Linderung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 10 (worst)</source>
        <translation>Stärke von 0 (kein Schmerz) bis 10 (schlimmstmöglich)</translation>
    </message>
    <message>
        <source>What you were doing when it started</source>
        <translation>Was Sie gerade getan haben, als der Krampf begann</translation>
    </message>
    <message>
        <source>Sleep disturbance from 0 to 10</source>
        <translation>Schlafstörung von 0 bis 10</translation>
    </message>
    <message>
        <source>Possible triggers in the 24 hours before</source>
        <translation>Mögliche Auslöser in den 24 Stunden davor</translation>
    </message>
    <message>
        <source>This entry holds a value the app cannot read (in “%1”), perhaps because the file was damaged. It is left out of figures and reports.</source>
        <translation>Dieser Eintrag enthält einen Wert, den die App nicht lesen kann (in „%1“), vielleicht weil die Datei beschädigt wurde. Er wird in Zahlen und Berichten nicht berücksichtigt.</translation>
    </message>
    <message>
        <source>Unreadable entry</source>
        <translation>Unlesbarer Eintrag</translation>
    </message>
</context>
<context>
    <name>EvidenceNotes</name>
    <message>
        <source>The app&apos;s note on the evidence</source>
        <translation>Hinweis der App zur Studienlage</translation>
    </message>
    <message>
        <source>not part of the article</source>
        <translation>nicht Teil des Artikels</translation>
    </message>
    <message>
        <source>For night cramps in adults, the evidence that a lack of fluid or salts causes them is weak. For cramps during exercise, tired muscles seem to matter more than dehydration.</source>
        <translation>Für nächtliche Wadenkrämpfe bei Erwachsenen ist kaum belegt, dass ein Mangel an Flüssigkeit oder Salzen sie verursacht. Bei Krämpfen während körperlicher Belastung scheint Muskelermüdung wichtiger zu sein als Flüssigkeitsmangel.</translation>
    </message>
    <message>
        <source>That a balanced intake of salts prevents cramps has not been shown: for night cramps in adults, the evidence that fluids or salts cause them is weak.</source>
        <translation>Dass eine ausgewogene Salzzufuhr Krämpfen vorbeugt, ist nicht nachgewiesen: Für nächtliche Wadenkrämpfe bei Erwachsenen ist kaum belegt, dass Flüssigkeit oder Salze sie verursachen.</translation>
    </message>
    <message>
        <source>Stretching may help, but “prevents” says more than is known: one trial found that stretching the calves and the backs of the thighs before sleep reduced night cramps, another small trial found no effect, and the evidence is limited.</source>
        <translation>Dehnen kann helfen, aber „beugt vor“ sagt mehr, als bekannt ist: Eine Studie fand, dass Dehnen von Waden und Oberschenkelrückseiten vor dem Schlafen nächtliche Krämpfe verringerte, eine andere kleine Studie fand keine Wirkung, und die Datenlage ist begrenzt.</translation>
    </message>
    <message>
        <source>Magnesium supplements are unlikely to help typical cramps in older adults; in pregnancy the evidence is mixed. Ask a doctor before starting any supplement.</source>
        <translation>Magnesiumpräparate helfen bei typischen Krämpfen älterer Erwachsener wahrscheinlich nicht; in der Schwangerschaft sind die Ergebnisse uneinheitlich. Fragen Sie ärztlich nach, bevor Sie ein Nahrungsergänzungsmittel beginnen.</translation>
    </message>
    <message>
        <source>Quinine reduces cramps a little, but it can cause rare serious side effects, so it is not advised for routine use.</source>
        <translation>Chinin verringert Krämpfe ein wenig, kann aber seltene schwere Nebenwirkungen haben und wird deshalb nicht für den Routinegebrauch empfohlen.</translation>
    </message>
</context>
<context>
    <name>ExperimentResultDialog</name>
    <message>
        <source>Your experiment&apos;s result</source>
        <translation>Das Ergebnis Ihres Versuchs</translation>
    </message>
</context>
<context>
    <name>ExperimentResultView</name>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Your experiment</source>
        <translation>Ihr Versuch</translation>
    </message>
</context>
<context>
    <name>ExperimentSetupDialog</name>
    <message>
        <source>Try one thing for a few weeks</source>
        <translation>Eine Sache ein paar Wochen lang ausprobieren</translation>
    </message>
    <message>
        <source>Try one measure and compare your diary while trying it with the same number of weeks just before. Answer “Last night?” every morning: days without any entry for 14 days or more cannot be compared.</source>
        <translation>Probieren Sie eine Maßnahme aus und vergleichen Sie Ihr Tagebuch während des Versuchs mit ebenso vielen Wochen direkt davor. Beantworten Sie jeden Morgen „Letzte Nacht?“: 14 oder mehr Tage ohne jeden Eintrag lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Remind me in the &amp;evening</source>
        <translation>Am &amp;Abend erinnern</translation>
    </message>
    <message>
        <source>Remind me in the evening</source>
        <translation>Am Abend erinnern</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>&amp;Beginn am:</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Beginn am</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Length in weeks</source>
        <translation>Dauer in Wochen</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>The weeks before</source>
        <translation>Die Wochen davor</translation>
    </message>
    <message>
        <source>Your diary has %1 observed days in the %2 weeks before the start: enough to compare with.</source>
        <translation>Ihr Tagebuch hat %1 beobachtete Tage in den %2 Wochen vor dem Beginn: genug für einen Vergleich.</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Your diary has only %1 observed days in the %2 weeks before the start; a fair comparison needs at least 14. We suggest keeping the diary first (answer “Last night?” each morning, also after quiet nights) or choosing a later start. Without it, the result can only be “no clear difference”.</source>
        <translation>Ihr Tagebuch hat nur %1 beobachtete Tage in den %2 Wochen vor dem Beginn; ein fairer Vergleich braucht mindestens 14. Wir empfehlen, zuerst das Tagebuch zu führen (jeden Morgen „Letzte Nacht?“ beantworten, auch nach ruhigen Nächten) oder später zu beginnen. Sonst kann das Ergebnis nur „kein deutlicher Unterschied“ sein.</translation>
    </message>
    <message>
        <source>S&amp;tart anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Trotzdem starten</translation>
    </message>
    <message>
        <source>Stop the current experiment?</source>
        <translation>Den laufenden Versuch beenden?</translation>
    </message>
    <message>
        <source>You are already trying “%1”. Only one measure can be tried at a time, so its result stays fair. Stop it and start “%2”?</source>
        <translation>Sie probieren bereits „%1“ aus. Es kann immer nur eine Maßnahme ausprobiert werden, damit das Ergebnis fair bleibt. Diese beenden und „%2“ beginnen?</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Stretching your calves and thighs before bed</source>
        <translation>Waden und Oberschenkel vor dem Schlafengehen dehnen</translation>
    </message>
    <message>
        <source>Did you stretch before bed?</source>
        <translation>Haben Sie sich vor dem Schlafengehen gedehnt?</translation>
    </message>
    <message>
        <source>Time for your stretches before bed.</source>
        <translation>Zeit für Ihre Dehnübungen vor dem Schlafengehen.</translation>
    </message>
    <message>
        <source>Drinking when thirsty through the day</source>
        <translation>Über den Tag trinken, wenn man Durst hat</translation>
    </message>
    <message>
        <source>Yesterday, did you drink when you were thirsty?</source>
        <translation>Haben Sie gestern getrunken, wenn Sie Durst hatten?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: drink when you are thirsty, no need to force it.</source>
        <translation>Ihre Maßnahme heute: trinken, wenn Sie Durst haben – ohne sich zu zwingen.</translation>
    </message>
    <message>
        <source>Breaking up long standing or sitting</source>
        <translation>Langes Stehen oder Sitzen unterbrechen</translation>
    </message>
    <message>
        <source>Yesterday, did you break up long spells of standing or sitting?</source>
        <translation>Haben Sie gestern langes Stehen oder Sitzen unterbrochen?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: break up long spells of standing or sitting.</source>
        <translation>Ihre Maßnahme heute: langes Stehen oder Sitzen unterbrechen.</translation>
    </message>
    <message>
        <source>Pacing hard training</source>
        <translation>Hartes Training dosieren</translation>
    </message>
    <message>
        <source>Yesterday, did you pace your training (or not train hard)?</source>
        <translation>Haben Sie gestern Ihr Training dosiert (oder nicht hart trainiert)?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: pace hard training.</source>
        <translation>Ihre Maßnahme heute: hartes Training dosieren.</translation>
    </message>
    <message>
        <source>Never start, stop or change a medicine or supplement to test it yourself: talk to your doctor or pharmacist.</source>
        <translation>Beginnen, beenden oder ändern Sie nie ein Medikament oder Nahrungsergänzungsmittel, um es selbst zu testen: Sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder Ihrer Apotheke.</translation>
    </message>
    <message>
        <source>Choose one of the measures listed.</source>
        <translation>Wählen Sie eine der aufgeführten Maßnahmen.</translation>
    </message>
    <message>
        <source>Choose a length from 2 to 8 weeks.</source>
        <translation>Wählen Sie eine Dauer von 2 bis 8 Wochen.</translation>
    </message>
    <message>
        <source>An experiment cannot end before it starts.</source>
        <translation>Ein Versuch kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Fewer cramp days than before: a clear difference by the app&apos;s rule.</source>
        <translation>Weniger Krampftage als vorher: ein deutlicher Unterschied nach der Regel der App.</translation>
    </message>
    <message>
        <source>More cramp days than before: a clear difference by the app&apos;s rule.</source>
        <translation>Mehr Krampftage als vorher: ein deutlicher Unterschied nach der Regel der App.</translation>
    </message>
    <message>
        <source>No clear difference.</source>
        <translation>Kein deutlicher Unterschied.</translation>
    </message>
    <message>
        <source>The weeks before had fewer than 14 observed days.</source>
        <translation>Die Wochen davor hatten weniger als 14 beobachtete Tage.</translation>
    </message>
    <message>
        <source>The trial had fewer than 14 observed days.</source>
        <translation>Der Versuch hatte weniger als 14 beobachtete Tage.</translation>
    </message>
    <message>
        <source>The change was smaller than 25 %.</source>
        <translation>Die Veränderung war kleiner als 25 %.</translation>
    </message>
    <message>
        <source>The trial was within the usual ups and downs of the weeks before.</source>
        <translation>Der Versuch lag innerhalb der üblichen Schwankungen der Wochen davor.</translation>
    </message>
    <message>
        <source>A before-and-after comparison in one person cannot prove that a measure works: chance, and cramps that ease by themselves after a bad spell, can explain a change. In trials, people given a dummy treatment also improved by about a quarter.</source>
        <translation>Ein Vorher-Nachher-Vergleich bei einer einzelnen Person kann nicht beweisen, dass eine Maßnahme wirkt: Zufall und Krämpfe, die nach einer schlechten Phase von selbst nachlassen, können eine Veränderung erklären. In Studien besserten sich auch Menschen mit einer Scheinbehandlung um etwa ein Viertel.</translation>
    </message>
    <message>
        <source>A difference is called clear only with at least 14 observed days on each side, a change of at least 25 %, and a trial outside the range of the weeks before.</source>
        <translation>Ein Unterschied gilt nur dann als deutlich, wenn jede Seite mindestens 14 beobachtete Tage hat, sich der Wert um mindestens 25 % ändert und der Versuch außerhalb der Spanne der Wochen davor liegt.</translation>
    </message>
    <message>
        <source>%1 to %2 (stopped early; planned: %3 weeks)</source>
        <translation>%1 bis %2 (vorzeitig beendet; geplant: %3 Wochen)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 weeks)</source>
        <translation>%1 bis %2 (%3 Wochen)</translation>
    </message>
    <message>
        <source>no observed days</source>
        <translation>keine beobachteten Tage</translation>
    </message>
    <message>
        <source>%1 cramp days per observed week (%2 observed days)</source>
        <translation>%1 Krampftage pro beobachteter Woche (%2 beobachtete Tage)</translation>
    </message>
    <message>
        <source>; median severity %1 of 10</source>
        <translation>; mittlere Stärke (Median) %1 von 10</translation>
    </message>
    <message>
        <source>Done on %1 of %2 days; not done on %3; not answered on %4.</source>
        <translation>Gemacht an %1 von %2 Tagen; nicht gemacht an %3; nicht beantwortet an %4.</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Vorher: %1.</translation>
    </message>
    <message>
        <source>While trying: %1.</source>
        <translation>Während des Versuchs: %1.</translation>
    </message>
    <message>
        <source>So far (it is still running): %1</source>
        <translation>Bisher (der Versuch läuft noch): %1</translation>
    </message>
</context>
<context>
    <name>ExperimentsTab</name>
    <message>
        <source>Try one measure at a time and compare it fairly with the weeks before. Your past experiments are listed here.</source>
        <translation>Probieren Sie jeweils eine Maßnahme aus und vergleichen Sie sie fair mit den Wochen davor. Ihre bisherigen Versuche stehen hier.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Try something for a few &amp;weeks…</source>
        <translation>Etwas ein paar &amp;Wochen ausprobieren …</translation>
    </message>
    <message>
        <source>Try something for a few weeks</source>
        <translation>Etwas ein paar Wochen ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Stop this experiment</source>
        <translation>Diesen Versuch &amp;beenden</translation>
    </message>
    <message>
        <source>Stop this experiment</source>
        <translation>Diesen Versuch beenden</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Stop this experiment?</source>
        <translation>Diesen Versuch beenden?</translation>
    </message>
    <message>
        <source>Stop now? Its result will compare only the days tried so far, so it may well be “no clear difference”.</source>
        <translation>Jetzt beenden? Das Ergebnis vergleicht dann nur die bisher ausprobierten Tage und lautet daher gut möglich „kein deutlicher Unterschied“.</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>%1 is open in another program, so it could not be replaced. Close the file in the other program, then try again.</source>
        <translation>%1 ist in einem anderen Programm geöffnet und konnte deshalb nicht ersetzt werden. Schließen Sie die Datei in dem anderen Programm und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Word to find</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Anzahl der Treffer</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>FlagPanel</name>
    <message>
        <source>Dismiss: %1</source>
        <translation>Ausblenden: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>From your entry of %1.</source>
        <translation>Aus Ihrem Eintrag vom %1.</translation>
    </message>
    <message>
        <source>Your log shows cramps on %1 of the last %2 days.</source>
        <translation>Ihr Protokoll zeigt Krämpfe an %1 der letzten %2 Tage.</translation>
    </message>
    <message>
        <source>From your checklist of %1.</source>
        <translation>Aus Ihrer Checkliste vom %1.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The folder could not be opened here. You find it at:
%1</source>
        <translation>Der Ordner konnte hier nicht geöffnet werden. Sie finden ihn unter:
%1</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Nach Updates suchen</translation>
    </message>
    <message>
        <source>You have version %1. New versions are published on the project&apos;s releases page, which can open in your web browser.</source>
        <translation>Sie haben Version %1. Neue Versionen erscheinen auf der Veröffentlichungsseite des Projekts, die sich in Ihrem Webbrowser öffnen lässt.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion itself never connects to the internet: only your browser visits the page, and nothing about you or your data is sent.</source>
        <translation>Leg Cramp Companion selbst verbindet sich nie mit dem Internet: Nur Ihr Browser ruft die Seite auf, und nichts über Sie oder Ihre Daten wird gesendet.</translation>
    </message>
    <message>
        <source>&amp;Open the releases page</source>
        <translation>Veröffentlichungsseite ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Log a cramp</source>
        <translation>Krampf erfassen</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Undo or redo deleting episodes in History</source>
        <translation>Löschen von Episoden im Verlauf rückgängig machen oder wiederherstellen</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Make the article text larger or smaller</source>
        <translation>Artikeltext vergrößern oder verkleinern</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Your data is kept in this folder:</source>
        <translation>Ihre Daten werden in diesem Ordner gespeichert:</translation>
    </message>
    <message>
        <source>The app makes a copy of your data every day in its backups folder and keeps the most recent ones. To keep your own copy, close the app and copy the whole folder, for example to a USB stick.</source>
        <translation>Die App legt jeden Tag eine Kopie Ihrer Daten in ihrem Sicherungsordner an und behält die neuesten. Wenn Sie eine eigene Kopie möchten, schließen Sie die App und kopieren Sie den ganzen Ordner, zum Beispiel auf einen USB-Stick.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Switch between the screens: %1</source>
        <translation>Zwischen den Bildschirmen wechseln: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The charts show the episodes that match the filters.</source>
        <translation>Die Diagramme zeigen die Episoden, die den Filtern entsprechen.</translation>
    </message>
    <message>
        <source>No episodes in this period, so there is nothing to chart yet.</source>
        <translation>In diesem Zeitraum gibt es keine Episoden, daher gibt es noch nichts darzustellen.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Episodes from %1 to %2: %3.</source>
        <translation>Episoden vom %1 bis %2: %3.</translation>
    </message>
    <message>
        <source>The busiest week began on %1 (episodes: %2).</source>
        <translation>Die Woche mit den meisten Episoden begann am %1 (Episoden: %2).</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episoden pro Woche</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Wochenbeginn</translation>
    </message>
    <message>
        <source>Most episodes started between %1 and %2 (episodes: %3).</source>
        <translation>Die meisten Episoden begannen zwischen %1 und %2 (Episoden: %3).</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Stunde des Tages</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Severity over time</source>
        <translation>Stärke im Zeitverlauf</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Stärke (0–10)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Severity ranged from %1 to %2 out of 10.</source>
        <translation>Die Stärke lag zwischen %1 und %2 von 10.</translation>
    </message>
    <message>
        <source>The latest, on %1, was %2.</source>
        <translation>Die letzte Episode am %1 hatte die Stärke %2.</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>Delete episode</source>
        <translation>Episode löschen</translation>
    </message>
    <message>
        <source>Delete episodes</source>
        <translation>Episoden löschen</translation>
    </message>
    <message>
        <source>Change episode</source>
        <translation>Episode ändern</translation>
    </message>
    <message>
        <source>Add medicine “%1”</source>
        <translation>Medikament „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Change medicine “%1”</source>
        <translation>Medikament „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove medicine “%1”</source>
        <translation>Medikament „%1“ entfernen</translation>
    </message>
    <message>
        <source>Stop the experiment “%1”</source>
        <translation>Versuch „%1“ beenden</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All muscles</source>
        <translation>Alle Muskeln</translation>
    </message>
    <message>
        <source>Any side</source>
        <translation>Beliebige Seite</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zei&amp;traum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation>Mus&amp;kel:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <source>Search &amp;notes:</source>
        <translation>&amp;Notizen durchsuchen:</translation>
    </message>
    <message>
        <source>Words in your notes</source>
        <translation>Wörter in Ihren Notizen</translation>
    </message>
    <message>
        <source>Clear fil&amp;ters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Lowest severity</source>
        <translation>Niedrigste Stärke</translation>
    </message>
    <message>
        <source>Highest severity</source>
        <translation>Höchste Stärke</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Episode changed. Undo with %1.</source>
        <translation>Episode geändert. Rückgängig mit %1.</translation>
    </message>
    <message>
        <source>Done: %1. Undo with %2.</source>
        <translation>Erledigt: %1. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>Episodes deleted: %1. Undo with %2.</source>
        <translation>Gelöschte Episoden: %1. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Log a cramp</source>
        <translation>Krampf e&amp;rfassen</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Krampf erfassen</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Enter edits the selected episode, Delete deletes it.</source>
        <translation>Die Eingabetaste bearbeitet die ausgewählte Episode, die Entf-Taste löscht sie.</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Ansichten des Verlaufs</translation>
    </message>
    <message>
        <source>Ep&amp;isodes</source>
        <translation>E&amp;pisoden</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>Me&amp;dicines</source>
        <translation>&amp;Medikamente</translation>
    </message>
    <message>
        <source>Chec&amp;klists</source>
        <translation>&amp;Checklisten</translation>
    </message>
    <message>
        <source>&amp;Edit episode…</source>
        <translation>Episode &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete episode</source>
        <translation>Episode &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>No episodes match the filters.</source>
        <translation>Keine Episoden entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>No episodes logged yet. Use “Log a cramp” to add one.</source>
        <translation>Noch keine Episoden erfasst. Mit „Krampf erfassen“ fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>Episodes matching the filters: %1</source>
        <translation>Episoden, die den Filtern entsprechen: %1</translation>
    </message>
    <message>
        <source>Episodes: %1</source>
        <translation>Episoden: %1</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>&amp;Versuche</translation>
    </message>
</context>
<context>
    <name>HistorySummary</name>
    <message>
        <source>Nothing is logged for this period yet. Log cramps when they happen, and mark nights without cramps on the Today screen: the summary will appear here.</source>
        <translation>Für diesen Zeitraum ist noch nichts erfasst. Erfassen Sie Krämpfe, wenn sie auftreten, und markieren Sie Nächte ohne Krämpfe auf dem Bildschirm „Heute“: Die Zusammenfassung erscheint dann hier.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Compared with the previous %1 days, %2 to %3.</source>
        <translation>Im Vergleich zu den %1 Tagen davor (%2 bis %3).</translation>
    </message>
    <message>
        <source>Compared with the day before, %2.</source>
        <translation>Im Vergleich zum Tag davor (%2).</translation>
    </message>
    <message>
        <source>Not compared with the previous %1 days (%2 to %3): the diary was kept on %4 of them, and on %5 of %6 days of this period; comparing needs at least half of each.</source>
        <translation>Nicht mit den vorherigen %1 Tagen (%2 bis %3) verglichen: Das Tagebuch wurde an %4 davon geführt und an %5 von %6 Tagen dieses Zeitraums; ein Vergleich braucht jeweils mindestens die Hälfte.</translation>
    </message>
    <message>
        <source>The summary counts every episode in this period; the muscle, side, severity and search filters apply to the Episodes and Charts tabs only.</source>
        <translation>Die Zusammenfassung zählt jede Episode in diesem Zeitraum; die Filter für Muskel, Seite, Stärke und Suche gelten nur für die Registerkarten „Episoden“ und „Diagramme“.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episoden pro Woche</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Krampftage</translation>
    </message>
    <message>
        <source>Nights with cramps</source>
        <translation>Nächte mit Krämpfen</translation>
    </message>
    <message>
        <source>Median severity</source>
        <translation>Stärke (Median)</translation>
    </message>
    <message>
        <source>Highest severity</source>
        <translation>Höchste Stärke</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Dauer (Median)</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Längste Dauer</translation>
    </message>
    <message>
        <source>Woke you from sleep</source>
        <translation>Aus dem Schlaf geweckt</translation>
    </message>
    <message>
        <source>Mean sleep disturbance</source>
        <translation>Schlafstörung (Mittelwert)</translation>
    </message>
    <message>
        <source>%1, change: %2</source>
        <translation>%1, Veränderung: %2</translation>
    </message>
    <message>
        <source>Numbers can go up and down by chance; a change does not show that something you tried worked.</source>
        <translation>Zahlen können zufällig steigen und fallen; eine Veränderung zeigt nicht, dass etwas, das Sie ausprobiert haben, gewirkt hat.</translation>
    </message>
    <message>
        <source>By muscle</source>
        <translation>Nach Muskel</translation>
    </message>
    <message>
        <source>By side</source>
        <translation>Nach Seite</translation>
    </message>
    <message>
        <source>Busiest hours of the day</source>
        <translation>Häufigste Uhrzeiten</translation>
    </message>
    <message>
        <source>%1 (%2% of episodes)</source>
        <translation>%1 (%2 % der Episoden)</translation>
    </message>
    <message>
        <source>Possible patterns</source>
        <translation>Mögliche Muster</translation>
    </message>
    <message>
        <source>These are associations in your own log, not proof of a cause. Discuss them with your doctor.</source>
        <translation>Dies sind Zusammenhänge in Ihrem eigenen Krampftagebuch, kein Beweis für eine Ursache. Besprechen Sie sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>%1 of %2 days (“no cramps” days: %3; days without any entry, counted as days without cramps: %4)</source>
        <translation>%1 von %2 Tagen (Tage mit „keine Krämpfe“: %3; Tage ohne jeden Eintrag, als Tage ohne Krämpfe gezählt: %4)</translation>
    </message>
    <message>
        <source>Cramp days per week</source>
        <translation>Krampftage pro Woche</translation>
    </message>
    <message>
        <source>Diary kept</source>
        <translation>Tagebuch geführt</translation>
    </message>
    <message>
        <source>Per week: over the days the diary was kept.</source>
        <translation>Pro Woche: bezogen auf die Tage, an denen das Tagebuch geführt wurde.</translation>
    </message>
    <message>
        <source>On days marked “%1” you logged cramps on %2 of %3 days; on other recorded days, %4 of %5.</source>
        <translation>An Tagen mit „%1“ hatten Sie an %2 von %3 Tagen Krämpfe; an den anderen erfassten Tagen an %4 von %5.</translation>
    </message>
    <message>
        <source>There is not enough data yet to look for patterns: a possible trigger needs at least %1 days without cramps on which it was noted, and %1 on which it was not, in this period. Answer “No cramps” on the Today screen&apos;s morning card, and tick what happened the day before.</source>
        <translation>Es gibt noch nicht genug Daten, um nach Mustern zu suchen: Ein möglicher Auslöser braucht in diesem Zeitraum mindestens %1 Tage ohne Krämpfe, an denen er notiert wurde, und %1, an denen er nicht notiert wurde. Antworten Sie auf der Morgenkarte des Bildschirms „Heute“ mit „Keine Krämpfe“ und kreuzen Sie an, was am Vortag geschah.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no episodes</source>
        <translation>keine Episoden</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>%1% of episodes</source>
        <translation>%1 % der Episoden</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>no data for the previous period</source>
        <translation>keine Daten für den vorherigen Zeitraum</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Veränderung</translation>
    </message>
    <message>
        <source>the previous %1 days</source>
        <translation>in den %1 Tagen davor</translation>
    </message>
    <message>
        <source>the day before</source>
        <translation>am Tag davor</translation>
    </message>
    <message>
        <source>about the same as %1</source>
        <translation>etwa gleich wie %1</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>%1 mehr als %2</translation>
    </message>
    <message>
        <source>%1 fewer than %2</source>
        <translation>%1 weniger als %2</translation>
    </message>
    <message>
        <source>%1 higher than %2</source>
        <translation>%1 höher als %2</translation>
    </message>
    <message>
        <source>%1 lower than %2</source>
        <translation>%1 niedriger als %2</translation>
    </message>
    <message>
        <source>%1 longer than %2</source>
        <translation>%1 länger als %2</translation>
    </message>
    <message>
        <source>%1 shorter than %2</source>
        <translation>%1 kürzer als %2</translation>
    </message>
    <message>
        <source>%1 percentage points higher than %2</source>
        <translation>%1 Prozentpunkte höher als %2</translation>
    </message>
    <message>
        <source>%1 percentage points lower than %2</source>
        <translation>%1 Prozentpunkte niedriger als %2</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>die Datei ist kein gültiges JSON (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>this is not a Leg Cramp Companion export (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>dies ist kein Export von Leg Cramp Companion („format“ muss „%1“ sein)</translation>
    </message>
    <message>
        <source>the file has format version %1, made by a newer version of the app (this one reads up to %2); update the app, then import it again</source>
        <translation>die Datei hat die Formatversion %1 und stammt von einer neueren Version der App (diese liest bis Version %2); aktualisieren Sie die App und importieren Sie sie dann erneut</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>ist kein Feld dieses Formats</translation>
    </message>
    <message>
        <source>must be an object {...}</source>
        <translation>muss ein Objekt {...} sein</translation>
    </message>
    <message>
        <source>must be a list [...]</source>
        <translation>muss eine Liste [...] sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10, or null</source>
        <translation>muss eine ganze Zahl von 0 bis 10 oder null sein</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with its offset, like 2024-05-01T23:40:00+02:00</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit und Zeitverschiebung wie 2024-05-01T23:40:00+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-05-01</source>
        <translation>„%1“ ist kein Datum wie 2024-05-01</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;; use one of: %2</source>
        <translation>unbekannter Code „%1“; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>the day %1 is listed twice</source>
        <translation>der Tag %1 steht zweimal in der Datei</translation>
    </message>
    <message>
        <source>the question %1 is answered twice</source>
        <translation>die Frage %1 ist zweimal beantwortet</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>the reminder %1 is listed twice</source>
        <translation>die Erinnerung %1 steht zweimal in der Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day like 08:30</source>
        <translation>„%1“ ist keine Uhrzeit wie 08:30</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>Foot or sole</source>
        <translation>Fuß oder Fußsohle</translation>
    </message>
    <message>
        <source>Toes</source>
        <translation>Zehen</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>Oberschenkel vorne</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>Oberschenkel hinten</translation>
    </message>
    <message>
        <source>Other muscle</source>
        <translation>Anderer Muskel</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>Woke me from sleep</source>
        <translation>Aus dem Schlaf geweckt</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>In Ruhe</translation>
    </message>
    <message>
        <source>During exercise</source>
        <translation>Beim Sport</translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation>Nach dem Sport</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>Andere Situation</translation>
    </message>
    <message>
        <source>No soreness</source>
        <translation>Keine Schmerzen danach</translation>
    </message>
    <message>
        <source>Sore for some hours</source>
        <translation>Einige Stunden schmerzhaft</translation>
    </message>
    <message>
        <source>Still sore the next day</source>
        <translation>Am nächsten Tag noch schmerzhaft</translation>
    </message>
    <message>
        <source>Hard exercise</source>
        <translation>Anstrengender Sport</translation>
    </message>
    <message>
        <source>Long standing</source>
        <translation>Langes Stehen</translation>
    </message>
    <message>
        <source>Heat or heavy sweating</source>
        <translation>Hitze oder starkes Schwitzen</translation>
    </message>
    <message>
        <source>Drank little</source>
        <translation>Wenig getrunken</translation>
    </message>
    <message>
        <source>Very salty food</source>
        <translation>Sehr salziges Essen</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>Vomiting or diarrhoea</source>
        <translation>Erbrechen oder Durchfall</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Neues Medikament</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>A drink</source>
        <translation>Etwas getrunken</translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation>Ein Medikament</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <source>Helped a little</source>
        <translation>Hat etwas geholfen</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>Hat nicht geholfen</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheitsgefühl</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth of the calf</source>
        <translation>Schwellung, Rötung oder Wärme der Wade</translation>
    </message>
    <message>
        <source>Colour change of the skin</source>
        <translation>Verfärbung der Haut</translation>
    </message>
    <message>
        <source>Diuretic (water pill)</source>
        <translation>Entwässerungstablette (Diuretikum)</translation>
    </message>
    <message>
        <source>Statin (for cholesterol)</source>
        <translation>Statin (Cholesterinsenker)</translation>
    </message>
    <message>
        <source>Long-acting inhaler for asthma or COPD</source>
        <translation>Langwirksamer Inhalator bei Asthma oder COPD</translation>
    </message>
    <message>
        <source>Magnesium supplement</source>
        <translation>Magnesiumpräparat</translation>
    </message>
    <message>
        <source>Potassium supplement</source>
        <translation>Kaliumpräparat</translation>
    </message>
    <message>
        <source>Salt or electrolyte supplement</source>
        <translation>Salz- oder Elektrolytpräparat</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Anderes Medikament</translation>
    </message>
</context>
<context>
    <name>LastNightCard</name>
    <message>
        <source>Last night?</source>
        <translation>Letzte Nacht?</translation>
    </message>
    <message>
        <source>Did you have leg cramps during the night?</source>
        <translation>Hatten Sie in der Nacht Beinkrämpfe?</translation>
    </message>
    <message>
        <source>&amp;No cramps</source>
        <translation>&amp;Keine Krämpfe</translation>
    </message>
    <message>
        <source>H&amp;ad cramps…</source>
        <translation>Ha&amp;tte Krämpfe …</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Save these cramps</source>
        <translation>Diese Krämpfe &amp;speichern</translation>
    </message>
    <message>
        <source>How many cramps</source>
        <translation>Anzahl der Krämpfe</translation>
    </message>
    <message>
        <source>Worst severity, 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Höchste Stärke, 0 (kein Schmerz) bis 10 (schlimmster vorstellbarer Schmerz)</translation>
    </message>
    <message>
        <source>Longest cramp in minutes</source>
        <translation>Längster Krampf in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sleep disturbance, 0 to 10 (optional)</source>
        <translation>Schlafstörung, 0 bis 10 (optional)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Thanks — recorded.</source>
        <translation>Danke – gespeichert.</translation>
    </message>
    <message>
        <source>How &amp;many?</source>
        <translation>&amp;Wie viele?</translation>
    </message>
    <message>
        <source>&amp;Worst severity (0–10):</source>
        <translation>Höchste S&amp;tärke (0–10):</translation>
    </message>
    <message>
        <source>&amp;Longest cramp:</source>
        <translation>&amp;Längster Krampf:</translation>
    </message>
    <message>
        <source>Slee&amp;p disturbance (0–10):</source>
        <translation>Schla&amp;fstörung (0–10):</translation>
    </message>
    <message>
        <source>M&amp;uscle:</source>
        <translation>&amp;Muskel:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>S&amp;eite:</translation>
    </message>
    <message>
        <source>Choose the worst severity: type a number from 0 to 10.</source>
        <translation>Wählen Sie die höchste Stärke: Geben Sie eine Zahl von 0 bis 10 ein.</translation>
    </message>
</context>
<context>
    <name>LogCrampDialog</name>
    <message>
        <source>Edit a cramp</source>
        <translation>Krampf bearbeiten</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Krampf erfassen</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>15 min ago</source>
        <translation>Vor 15 min</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>Vor 1 h</translation>
    </message>
    <message>
        <source>Last &amp;night</source>
        <translation>Letzte &amp;Nacht</translation>
    </message>
    <message>
        <source>This entry will be marked as logged later.</source>
        <translation>Dieser Eintrag wird als nachträglich erfasst markiert.</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Dauer, Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Dauer, Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>More &amp;details (optional)</source>
        <translation>Weitere &amp;Details (optional)</translation>
    </message>
    <message>
        <source>How &amp;bad was it?</source>
        <translation>&amp;Wie stark war er?</translation>
    </message>
    <message>
        <source>&amp;When did it start?</source>
        <translation>Wann hat er &amp;begonnen?</translation>
    </message>
    <message>
        <source>How &amp;long did it last?</source>
        <translation>Wie &amp;lange hat er gedauert?</translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation>&amp;Muskel:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>S&amp;eite:</translation>
    </message>
    <message>
        <source>Situa&amp;tion:</source>
        <translation>Si&amp;tuation:</translation>
    </message>
    <message>
        <source>This entry is marked as logged later.</source>
        <translation>Dieser Eintrag ist als nachträglich erfasst markiert.</translation>
    </message>
    <message>
        <source>Choose how bad the cramp was: type a number from 0 to 10.</source>
        <translation>Wählen Sie, wie stark der Krampf war: Geben Sie eine Zahl von 0 bis 10 ein.</translation>
    </message>
    <message>
        <source>%1: the time zone this entry was logged in</source>
        <translation>%1: die Zeitzone, in der dieser Eintrag erfasst wurde</translation>
    </message>
    <message>
        <source>Your entry is still here: nothing you typed is lost.</source>
        <translation>Ihr Eintrag ist noch da: Nichts von dem, was Sie eingegeben haben, ist verloren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Log a cramp…</source>
        <translation>Krampf &amp;erfassen …</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Bericht ex&amp;portieren …</translation>
    </message>
    <message>
        <source>&amp;Import episodes from CSV…</source>
        <translation>Episoden aus CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export episodes to CSV…</source>
        <translation>Episoden als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern …</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>&amp;Hilfe und Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Leg Cramp Companion</source>
        <translation>Ü&amp;ber Leg Cramp Companion</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Choose a screen; %1 to %2 switch directly</source>
        <translation>Bildschirm wählen; %1 bis %2 wechseln direkt</translation>
    </message>
    <message>
        <source>Import everything (&amp;JSON)…</source>
        <translation>&amp;Alles importieren (JSON) …</translation>
    </message>
    <message>
        <source>Export everythin&amp;g (JSON)…</source>
        <translation>Alles expor&amp;tieren (JSON) …</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;logs folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Check for &amp;updates…</source>
        <translation>Nach &amp;Updates suchen …</translation>
    </message>
    <message>
        <source>Leg Cramp Companion</source>
        <translation>Leg Cramp Companion</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Change medicine</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>S&amp;topped:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Datum bekannt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation>Art des Medikaments</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Beginndatum bekannt</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Has been stopped</source>
        <translation>Wurde beendet</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Choose the kind…</source>
        <translation>Art auswählen …</translation>
    </message>
    <message>
        <source>Choose what kind of medicine this is; if none fits, choose “Other medicine”.</source>
        <translation>Wählen Sie aus, welche Art von Medikament das ist; wenn keine passt, wählen Sie „Anderes Medikament“.</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>Remove medicine</source>
        <translation>Medikament entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from your list of medicines?</source>
        <translation>„%1“ aus Ihrer Medikamentenliste entfernen?</translation>
    </message>
    <message>
        <source>The medicines and supplements you take. Some can make cramps more likely; the report lists them so you can ask your doctor. Never stop a medicine on your own.</source>
        <translation>Die Medikamente und Nahrungsergänzungsmittel, die Sie einnehmen. Manche können Krämpfe wahrscheinlicher machen; der Bericht führt sie auf, damit Sie Ihre Ärztin oder Ihren Arzt danach fragen können. Setzen Sie ein Medikament nie eigenmächtig ab.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>&amp;Add medicine…</source>
        <translation>Medikament h&amp;inzufügen …</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <source>Change medicine</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>En&amp;tfernen</translation>
    </message>
</context>
<context>
    <name>OpeningScreen</name>
    <message>
        <source>Log a cramp in seconds and answer “Last night?” each morning.</source>
        <translation>Erfassen Sie einen Krampf in Sekunden und beantworten Sie jeden Morgen die Frage „Letzte Nacht?“.</translation>
    </message>
    <message>
        <source>A guided checklist of cramp risk factors that says clearly when to see a doctor.</source>
        <translation>Eine geführte Checkliste der Risikofaktoren für Krämpfe, die klar sagt, wann Sie ärztlichen Rat brauchen.</translation>
    </message>
    <message>
        <source>Your private history of cramp episodes, with filters and charts.</source>
        <translation>Ihr privater Verlauf Ihrer Krampfepisoden, mit Filtern und Diagrammen.</translation>
    </message>
    <message>
        <source>A clear PDF report of your cramps to bring to your doctor.</source>
        <translation>Ein übersichtlicher PDF-Bericht über Ihre Krämpfe für den Arztbesuch.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ihre Daten werden geöffnet …</translation>
    </message>
</context>
<context>
    <name>PeriodTile</name>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Krampftage</translation>
    </message>
    <message>
        <source>Diary kept on %1 of %2 days</source>
        <translation>Tagebuch an %1 von %2 Tagen geführt</translation>
    </message>
    <message>
        <source>Nothing logged in these days.</source>
        <translation>In diesen Tagen nichts erfasst.</translation>
    </message>
    <message>
        <source>Too few days kept to compare with the %1 days before.</source>
        <translation>Zu wenige erfasste Tage für einen Vergleich mit den %1 Tagen davor.</translation>
    </message>
    <message>
        <source>Not compared: the diary was kept on %1 of the %2 days before.</source>
        <translation>Nicht verglichen: Das Tagebuch wurde an %1 der %2 Tage davor geführt.</translation>
    </message>
    <message>
        <source>%1 cramps a week, against %2 in the %3 days before.</source>
        <translation>%1 Krämpfe pro Woche, gegenüber %2 in den %3 Tagen davor.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
</context>
<context>
    <name>PreviewBar</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Seite an die Breite anpassen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Vorschau wird erstellt …</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 out of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>Table of contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Normale Textgröße</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <source>Preview the printed article</source>
        <translation>Vorschau des gedruckten Artikels</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>← &amp;Back to your results</source>
        <translation>← &amp;Zurück zu Ihren Ergebnissen</translation>
    </message>
    <message>
        <source>Back to your results</source>
        <translation>Zurück zu Ihren Ergebnissen</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Contents and article</source>
        <translation>Inhalt und Artikel</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
</context>
<context>
    <name>RedFlagPanel</name>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Call emergency services now.</source>
        <translation>Wählen Sie sofort den Notruf.</translation>
    </message>
    <message>
        <source>See a doctor today.</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen.</translation>
    </message>
    <message>
        <source>Make an appointment with your doctor.</source>
        <translation>Vereinbaren Sie einen Termin bei Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Leg pain or swelling with breathlessness or chest pain</source>
        <translation>Beinschmerzen oder Beinschwellung mit Atemnot oder Brustschmerzen</translation>
    </message>
    <message>
        <source>Leg pain or swelling together with sudden shortness of breath or chest pain can be a sign of a blood clot that has travelled to the lungs. This needs help straight away.</source>
        <translation>Beinschmerzen oder eine Beinschwellung zusammen mit plötzlicher Atemnot oder Schmerzen in der Brust können ein Zeichen für ein Blutgerinnsel sein, das in die Lunge gewandert ist. Hier ist sofort Hilfe nötig.</translation>
    </message>
    <message>
        <source>Cramps with confusion, fainting, a seizure or collapse</source>
        <translation>Krämpfe mit Verwirrtheit, Ohnmacht, Krampfanfall oder Zusammenbruch</translation>
    </message>
    <message>
        <source>Cramps together with confusion, a seizure, fainting, repeated vomiting or collapse can be a sign of a dangerously low level of sodium in the blood, especially after long exercise or after drinking large amounts of water. This needs help straight away.</source>
        <translation>Krämpfe zusammen mit Verwirrtheit, einem Krampfanfall, Ohnmacht, wiederholtem Erbrechen oder einem Zusammenbruch können ein Zeichen für einen gefährlich niedrigen Natriumspiegel im Blut sein, besonders nach langer sportlicher Belastung oder nach dem Trinken großer Mengen Wasser. Hier ist sofort Hilfe nötig.</translation>
    </message>
    <message>
        <source>Swelling, warmth or redness of one calf</source>
        <translation>Schwellung, Wärme oder Rötung einer Wade</translation>
    </message>
    <message>
        <source>A calf that is swollen, warm, red or tender, especially on one side only, can be a sign of a blood clot in a deep vein (deep vein thrombosis). It needs checking by a doctor today.</source>
        <translation>Eine Wade, die geschwollen, warm, gerötet oder druckempfindlich ist, besonders nur auf einer Seite, kann ein Zeichen für ein Blutgerinnsel in einer tiefen Vene sein (tiefe Beinvenenthrombose). Das muss noch heute ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>Dark urine with severe muscle pain or weakness</source>
        <translation>Dunkler Urin mit starken Muskelschmerzen oder Schwäche</translation>
    </message>
    <message>
        <source>Dark, cola-coloured urine together with severe muscle pain or weakness can be a sign of muscle breakdown (rhabdomyolysis), particularly in people who take a statin. It needs checking by a doctor today.</source>
        <translation>Dunkler, colafarbener Urin zusammen mit starken Muskelschmerzen oder Muskelschwäche kann ein Zeichen für einen Zerfall von Muskelgewebe sein (Rhabdomyolyse), besonders bei Menschen, die ein Statin einnehmen. Das muss noch heute ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>A cramp lasting more than 10 minutes</source>
        <translation>Ein Krampf, der länger als 10 Minuten dauert</translation>
    </message>
    <message>
        <source>Most cramps ease within a few minutes. A cramp that lasts more than 10 minutes and does not ease needs checking by a doctor today.</source>
        <translation>Die meisten Krämpfe lassen innerhalb weniger Minuten nach. Ein Krampf, der länger als 10 Minuten dauert und nicht nachlässt, muss noch heute ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>Cramps after a dirty wound or contact with lead or mercury</source>
        <translation>Krämpfe nach einer verschmutzten Wunde oder nach Kontakt mit Blei oder Quecksilber</translation>
    </message>
    <message>
        <source>Cramps that begin after a dirty wound, or after contact with lead or mercury, can be a sign of tetanus or of poisoning. They need checking by a doctor today.</source>
        <translation>Krämpfe, die nach einer verschmutzten Wunde oder nach Kontakt mit Blei oder Quecksilber beginnen, können ein Zeichen für Wundstarrkrampf (Tetanus) oder eine Vergiftung sein. Sie müssen noch heute ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>Nausea, headache or weakness with a risk of low sodium</source>
        <translation>Übelkeit, Kopfschmerzen oder Schwäche bei Risiko für niedriges Natrium</translation>
    </message>
    <message>
        <source>Nausea, headache, cramps or weakness in someone at risk of low blood sodium, for example after endurance exercise or while taking a water pill (diuretic), can be a sign that the sodium level is low. It needs checking by a doctor today.</source>
        <translation>Übelkeit, Kopfschmerzen, Krämpfe oder Schwäche bei jemandem mit Risiko für einen niedrigen Natriumspiegel im Blut, zum Beispiel nach Ausdauersport oder während der Einnahme einer Entwässerungstablette (Diuretikum), können ein Zeichen dafür sein, dass der Natriumspiegel niedrig ist. Das muss noch heute ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>Muscle weakness, wasting or numbness</source>
        <translation>Muskelschwäche, Muskelschwund oder Taubheitsgefühl</translation>
    </message>
    <message>
        <source>Swelling of the legs or feet</source>
        <translation>Schwellung der Beine oder Füße</translation>
    </message>
    <message>
        <source>Swelling of the legs or feet together with cramps needs checking by your doctor. If one calf is swollen, warm or red, see a doctor today instead.</source>
        <translation>Eine Schwellung der Beine oder Füße zusammen mit Krämpfen muss von Ihrer Ärztin oder Ihrem Arzt abgeklärt werden. Wenn eine Wade geschwollen, warm oder gerötet ist, lassen Sie sich stattdessen noch heute ärztlich untersuchen.</translation>
    </message>
    <message>
        <source>Frequent cramps</source>
        <translation>Häufige Krämpfe</translation>
    </message>
    <message>
        <source>Cramps that come often are worth discussing with your doctor, who can look for a cause and talk about what may help. Your log is useful to bring.</source>
        <translation>Bei häufigen Krämpfen lohnt sich ein Gespräch mit Ihrer Ärztin oder Ihrem Arzt: Dort kann nach einer Ursache gesucht und besprochen werden, was helfen kann. Es ist hilfreich, Ihr Krampftagebuch mitzubringen.</translation>
    </message>
    <message>
        <source>Cramps that disturb sleep or the next day</source>
        <translation>Krämpfe, die den Schlaf oder den nächsten Tag beeinträchtigen</translation>
    </message>
    <message>
        <source>If cramps often wake you or make it hard to manage the next day, your doctor can look at the cause with you and at what may help.</source>
        <translation>Wenn Krämpfe Sie oft wecken oder Ihnen den nächsten Tag schwer machen, kann Ihre Ärztin oder Ihr Arzt gemeinsam mit Ihnen nach der Ursache suchen und schauen, was helfen kann.</translation>
    </message>
    <message>
        <source>No improvement with self-care</source>
        <translation>Keine Besserung durch Selbsthilfe</translation>
    </message>
    <message>
        <source>If cramps keep coming despite stretching and other self-care, other causes and options are worth discussing with your doctor.</source>
        <translation>Wenn Krämpfe trotz Dehnen und anderer Selbsthilfe immer wieder auftreten, lohnt es sich, andere Ursachen und Möglichkeiten mit Ihrer Ärztin oder Ihrem Arzt zu besprechen.</translation>
    </message>
    <message>
        <source>Cramps with no obvious trigger</source>
        <translation>Krämpfe ohne erkennbaren Auslöser</translation>
    </message>
    <message>
        <source>Cramps that come without an obvious trigger, such as hard exercise or long standing, can have an underlying cause that needs checking by your doctor.</source>
        <translation>Krämpfe, die ohne erkennbaren Auslöser wie anstrengenden Sport oder langes Stehen auftreten, können eine zugrunde liegende Ursache haben, die von Ihrer Ärztin oder Ihrem Arzt abgeklärt werden muss.</translation>
    </message>
    <message>
        <source>Cramps that began after a new medicine</source>
        <translation>Krämpfe, die nach einem neuen Medikament begonnen haben</translation>
    </message>
    <message>
        <source>Some medicines are linked to cramps. If cramps began after a medicine was started or changed, bring your list of medicines and ask your doctor whether one could contribute. Any change to a medicine is for your doctor to decide.</source>
        <translation>Manche Medikamente stehen mit Krämpfen in Zusammenhang. Wenn die Krämpfe begonnen haben, nachdem ein Medikament neu angesetzt oder geändert wurde, bringen Sie Ihre Medikamentenliste mit und fragen Sie Ihre Ärztin oder Ihren Arzt, ob eines davon dazu beitragen könnte. Über jede Änderung an einem Medikament entscheidet Ihre Ärztin oder Ihr Arzt.</translation>
    </message>
    <message>
        <source>See a doctor or pharmacist about a tetanus jab today.</source>
        <translation>Lassen Sie noch heute in einer Arztpraxis oder Apotheke klären, ob Sie eine Tetanusimpfung brauchen.</translation>
    </message>
    <message>
        <source>Tell your doctor at your next appointment.</source>
        <translation>Erzählen Sie es Ihrer Ärztin oder Ihrem Arzt beim nächsten Termin.</translation>
    </message>
    <message>
        <source>A suddenly painful, cold, pale or blue leg or foot</source>
        <translation>Ein plötzlich schmerzendes, kaltes, blasses oder bläuliches Bein oder ein solcher Fuß</translation>
    </message>
    <message>
        <source>A leg or foot that suddenly becomes painful, cold, pale or blue, or numb or weak, can be a sign that an artery is blocked and the leg is not getting enough blood. This needs help straight away.</source>
        <translation>Ein Bein oder Fuß, der plötzlich schmerzhaft, kalt, blass oder bläulich, taub oder schwach wird, kann ein Zeichen dafür sein, dass eine Arterie verschlossen ist und das Bein nicht genug Blut bekommt. Das braucht sofort Hilfe.</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness on one side, or trouble speaking</source>
        <translation>Plötzliche Schwäche oder Taubheit auf einer Seite oder Sprachstörung</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness of a leg, an arm or the face, or sudden trouble speaking, can be a sign of a stroke. This needs help straight away.</source>
        <translation>Plötzliche Schwäche oder Taubheit eines Beins, eines Arms oder des Gesichts oder plötzliche Schwierigkeiten beim Sprechen können Zeichen eines Schlaganfalls sein. Das braucht sofort Hilfe.</translation>
    </message>
    <message>
        <source>Back pain with numbness around the bottom or bladder or bowel trouble</source>
        <translation>Rückenschmerzen mit Taubheit im Gesäßbereich oder Blasen- oder Darmproblemen</translation>
    </message>
    <message>
        <source>Back pain together with numbness between the legs or around the bottom, or new trouble controlling the bladder or bowel, can be a sign that the nerves at the bottom of the spine are pressed (cauda equina syndrome). This needs help straight away.</source>
        <translation>Rückenschmerzen zusammen mit Taubheit zwischen den Beinen oder um das Gesäß oder neue Probleme, Blase oder Darm zu kontrollieren, können ein Zeichen dafür sein, dass die Nerven am unteren Ende der Wirbelsäule eingeklemmt sind (Cauda-equina-Syndrom). Das braucht sofort Hilfe.</translation>
    </message>
    <message>
        <source>A stiff jaw or spreading spasms after a wound</source>
        <translation>Steifer Kiefer oder sich ausbreitende Muskelkrämpfe nach einer Wunde</translation>
    </message>
    <message>
        <source>After a wound, a stiff jaw, trouble swallowing, or painful muscle spasms that spread can be a sign of tetanus. This needs help straight away.</source>
        <translation>Nach einer Wunde können ein steifer Kiefer, Schluckbeschwerden oder schmerzhafte, sich ausbreitende Muskelkrämpfe Zeichen von Tetanus (Wundstarrkrampf) sein. Das braucht sofort Hilfe.</translation>
    </message>
    <message>
        <source>Cramps after a dirty wound</source>
        <translation>Krämpfe nach einer verschmutzten Wunde</translation>
    </message>
    <message>
        <source>Cramps that begin after a dirty wound are worth checking today: a doctor or pharmacist can tell whether you need a tetanus jab. If the jaw becomes stiff or spasms spread, call emergency services.</source>
        <translation>Krämpfe, die nach einer verschmutzten Wunde beginnen, sollten noch heute abgeklärt werden: In einer Arztpraxis oder Apotheke kann man Ihnen sagen, ob Sie eine Tetanusimpfung brauchen. Wenn der Kiefer steif wird oder sich Krämpfe ausbreiten, wählen Sie den Notruf.</translation>
    </message>
    <message>
        <source>Cramps after contact with lead or mercury</source>
        <translation>Krämpfe nach Kontakt mit Blei oder Quecksilber</translation>
    </message>
    <message>
        <source>Cramps that begin after contact with lead or mercury can be a sign of poisoning. They need checking by a doctor today.</source>
        <translation>Krämpfe, die nach Kontakt mit Blei oder Quecksilber beginnen, können ein Zeichen einer Vergiftung sein. Sie müssen noch heute ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>Weakness or wasting of a muscle, or numbness, alongside cramps can be a sign of a nerve or muscle problem. It needs checking by your doctor. If it came on suddenly, call emergency services.</source>
        <translation>Schwäche oder Schwund eines Muskels oder ein Taubheitsgefühl zusammen mit Krämpfen kann ein Zeichen für ein Nerven- oder Muskelproblem sein. Das sollte ärztlich abgeklärt werden. Wenn es plötzlich aufgetreten ist, wählen Sie den Notruf.</translation>
    </message>
    <message>
        <source>A change in the skin colour of the leg or foot</source>
        <translation>Veränderte Hautfarbe an Bein oder Fuß</translation>
    </message>
    <message>
        <source>A change in the colour of the skin of a leg or foot alongside cramps needs checking by your doctor. If the foot suddenly turns cold, pale or blue, call emergency services.</source>
        <translation>Eine veränderte Hautfarbe an einem Bein oder Fuß zusammen mit Krämpfen sollte ärztlich abgeklärt werden. Wenn der Fuß plötzlich kalt, blass oder bläulich wird, wählen Sie den Notruf.</translation>
    </message>
    <message>
        <source>Leg pain at rest that eases when the leg hangs down, or sores that do not heal</source>
        <translation>Beinschmerzen in Ruhe, die bei herabhängendem Bein nachlassen, oder nicht heilende Wunden</translation>
    </message>
    <message>
        <source>Foot or leg pain at rest at night that eases when the leg hangs down, or sores on the feet or legs that do not heal, can be a sign of narrowed arteries in the legs (peripheral arterial disease), which can be mistaken for night cramps. It needs checking by your doctor.</source>
        <translation>Nächtliche Fuß- oder Beinschmerzen in Ruhe, die bei herabhängendem Bein nachlassen, oder nicht heilende Wunden an Füßen oder Beinen können ein Zeichen verengter Beinarterien sein (periphere arterielle Verschlusskrankheit), die mit nächtlichen Wadenkrämpfen verwechselt werden kann. Das sollte ärztlich abgeklärt werden.</translation>
    </message>
    <message>
        <source>A warning symptom earlier that has passed</source>
        <translation>Ein früheres Warnzeichen, das vorbei ist</translation>
    </message>
    <message>
        <source>A warning symptom that happened more than 7 days ago and has passed is worth telling your doctor about at your next appointment. If it comes back, act on it straight away.</source>
        <translation>Ein Warnzeichen, das vor mehr als 7 Tagen auftrat und vorbei ist, sollten Sie beim nächsten Termin ansprechen. Wenn es wiederkommt, handeln Sie sofort.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders and start at login</source>
        <translation>Erinnerungen und Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Each &amp;morning, ask “Last night?”</source>
        <translation>Jeden &amp;Morgen „Letzte Nacht?“ fragen</translation>
    </message>
    <message>
        <source>Morning reminder</source>
        <translation>Morgendliche Erinnerung</translation>
    </message>
    <message>
        <source>In the &amp;evening, remind me of the measure I am trying</source>
        <translation>Am &amp;Abend an die Maßnahme erinnern, die ich ausprobiere</translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation>Abendliche Erinnerung</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Uhrzeit der morgendlichen Erinnerung</translation>
    </message>
    <message>
        <source>Evening reminder time</source>
        <translation>Uhrzeit der abendlichen Erinnerung</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps the app running in the tray so it can remind you. No reminder comes once the morning is answered.</source>
        <translation>Solange eine Erinnerung eingeschaltet ist, läuft die App nach dem Schließen des Fensters im Infobereich weiter, damit sie Sie erinnern kann. Ist der Morgen schon beantwortet, kommt keine Erinnerung.</translation>
    </message>
    <message>
        <source>&amp;Start Leg Cramp Companion when I log in</source>
        <translation>Leg Cramp Companion bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Advice that applies</source>
        <translation>Zutreffende Ratschläge</translation>
    </message>
    <message>
        <source>General advice linked to the findings of the checklist of %1, in short form. It is information to discuss with a doctor, not a treatment plan.</source>
        <translation>Allgemeine Ratschläge in Kurzform, bezogen auf die Ergebnisse der Checkliste vom %1. Dies sind Informationen zum Besprechen mit einer Ärztin oder einem Arzt, kein Behandlungsplan.</translation>
    </message>
    <message>
        <source>No checklist has been completed, so no advice is linked to findings.</source>
        <translation>Es wurde keine Checkliste ausgefüllt, daher sind keine Ratschläge mit Ergebnissen verknüpft.</translation>
    </message>
    <message>
        <source>The findings of the latest checklist have no advice attached.</source>
        <translation>Zu den Ergebnissen der letzten Checkliste gibt es keine Ratschläge.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Zu: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Key points of the article “Sodium and leg cramps”</source>
        <translation>Kernaussagen des Artikels „Natrium und Beinkrämpfe“</translation>
    </message>
    <message>
        <source>Questions to ask your doctor</source>
        <translation>Fragen für das Arztgespräch</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Zitierte Quellen</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>Appendix: all episodes</source>
        <translation>Anhang: alle Episoden</translation>
    </message>
    <message>
        <source>Filters used: the period %1 – %2; all episodes, none left out; oldest first.</source>
        <translation>Verwendete Filter: Zeitraum %1 – %2; alle Episoden, keine ausgelassen; älteste zuerst.</translation>
    </message>
    <message>
        <source>Episodes listed: %1.</source>
        <translation>Aufgeführte Episoden: %1.</translation>
    </message>
    <message>
        <source>No episodes were logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Episoden erfasst.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>Symptoms: %1</source>
        <translation>Beschwerden: %1</translation>
    </message>
    <message>
        <source>Date, time</source>
        <translation>Datum, Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Stärke (0–10)</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Triggers (24 h before)</source>
        <translation>Auslöser (24 h davor)</translation>
    </message>
    <message>
        <source>Relief (helped?)</source>
        <translation>Linderung (geholfen?)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Leg cramp report</source>
        <translation>Bericht über Beinkrämpfe</translation>
    </message>
    <message>
        <source>Self-reported by the patient, not clinically reviewed</source>
        <translation>Selbstangaben der Patientin oder des Patienten, nicht ärztlich geprüft</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No sections were chosen for this report.</source>
        <translation>Für diesen Bericht wurden keine Abschnitte ausgewählt.</translation>
    </message>
    <message>
        <source>Leg cramps are sudden, involuntary tightenings of a muscle, often in the calf, thigh or foot. Many factors contribute.</source>
        <translation>Beinkrämpfe sind plötzliche, unwillkürliche Verkrampfungen eines Muskels, oft in der Wade, im Oberschenkel oder im Fuß. Viele Faktoren tragen dazu bei.</translation>
    </message>
    <message>
        <source>Sodium keeps the fluid inside and outside cells in balance and carries the nerve signals that make muscles contract.</source>
        <translation>Natrium hält die Flüssigkeit innerhalb und außerhalb der Zellen im Gleichgewicht und überträgt die Nervensignale, durch die sich Muskeln zusammenziehen.</translation>
    </message>
    <message>
        <source>Common contributors are dehydration, tired or overworked muscles, low potassium or magnesium, some medicines, and conditions that affect nerves or circulation.</source>
        <translation>Häufig tragen bei: Flüssigkeitsmangel, müde oder überlastete Muskeln, ein niedriger Kalium- oder Magnesiumspiegel, manche Medikamente sowie Erkrankungen, die Nerven oder Durchblutung betreffen.</translation>
    </message>
    <message>
        <source>The link with sodium is indirect: a salty meal rarely causes a cramp by itself, but a lot of salt without enough fluid can worsen dehydration, and very low blood sodium can also cause cramps.</source>
        <translation>Der Zusammenhang mit Natrium ist indirekt: Eine salzige Mahlzeit allein verursacht selten einen Krampf, aber viel Salz ohne ausreichend Flüssigkeit kann einen Flüssigkeitsmangel verstärken, und auch ein sehr niedriger Natriumspiegel im Blut kann Krämpfe verursachen.</translation>
    </message>
    <message>
        <source>What may help: drinking regularly, guided by thirst; replacing salts after prolonged heavy sweating (with high blood pressure, heart or kidney disease, ask a doctor first); fruit, vegetables and nuts; and regular stretching.</source>
        <translation>Was helfen kann: regelmäßig trinken, nach Durst; nach längerem starkem Schwitzen Salze ersetzen (bei hohem Blutdruck, Herz- oder Nierenerkrankung vorher eine Ärztin oder einen Arzt fragen); Obst, Gemüse und Nüsse; regelmäßiges Dehnen.</translation>
    </message>
    <message>
        <source>Cramps that are persistent or severe, or that come with other worrying symptoms, are a reason to see a doctor.</source>
        <translation>Anhaltende oder starke Krämpfe oder Krämpfe mit anderen beunruhigenden Beschwerden sind ein Grund, ärztlichen Rat einzuholen.</translation>
    </message>
    <message>
        <source>Could any of my medicines or supplements be contributing to my cramps? Are there alternatives?</source>
        <translation>Könnte eines meiner Medikamente oder Nahrungsergänzungsmittel zu meinen Krämpfen beitragen? Gibt es Alternativen?</translation>
    </message>
    <message>
        <source>Could this be another condition, such as a circulation problem, restless legs or nerve damage?</source>
        <translation>Könnte eine andere Erkrankung dahinterstecken, etwa eine Durchblutungsstörung, ein Restless-Legs-Syndrom oder eine Nervenschädigung?</translation>
    </message>
    <message>
        <source>Do I need blood tests (sodium, potassium, magnesium, calcium, kidney function, thyroid, glucose)?</source>
        <translation>Brauche ich Blutuntersuchungen (Natrium, Kalium, Magnesium, Calcium, Nierenfunktion, Schilddrüse, Blutzucker)?</translation>
    </message>
    <message>
        <source>Could my existing condition be linked to the cramps?</source>
        <translation>Könnte meine bestehende Erkrankung mit den Krämpfen zusammenhängen?</translation>
    </message>
    <message>
        <source>Which stretches should I do, and how often?</source>
        <translation>Welche Dehnübungen sollte ich machen, und wie oft?</translation>
    </message>
    <message>
        <source>Is magnesium worth trying for me?</source>
        <translation>Lohnt es sich für mich, Magnesium auszuprobieren?</translation>
    </message>
    <message>
        <source>Are any medicines suitable for me? (Quinine works but is no longer advised for routine use.)</source>
        <translation>Kommen Medikamente für mich infrage? (Chinin wirkt, wird aber nicht mehr für die routinemäßige Anwendung empfohlen.)</translation>
    </message>
    <message>
        <source>How much should I drink, and should I take salt or electrolytes during exercise?</source>
        <translation>Wie viel sollte ich trinken, und sollte ich beim Sport Salz oder Elektrolyte zu mir nehmen?</translation>
    </message>
    <message>
        <source>Which symptoms should make me seek help urgently?</source>
        <translation>Bei welchen Beschwerden sollte ich dringend Hilfe suchen?</translation>
    </message>
    <message>
        <source>This report is information to discuss with a doctor, not a diagnosis. The entries and checklist answers were recorded by the patient and have not been clinically reviewed.</source>
        <translation>Dieser Bericht enthält Informationen zum Besprechen mit einer Ärztin oder einem Arzt, keine Diagnose. Die Einträge und die Antworten in der Checkliste wurden von der Patientin oder dem Patienten selbst erfasst und nicht ärztlich geprüft.</translation>
    </message>
    <message>
        <source>Talk to your doctor before changing anything: do not start, stop or change a medicine or supplement on your own.</source>
        <translation>Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie etwas ändern: Beginnen, beenden oder ändern Sie die Einnahme eines Medikaments oder Nahrungsergänzungsmittels nicht eigenmächtig.</translation>
    </message>
    <message>
        <source>In an emergency, such as sudden breathlessness, chest pain, confusion or collapse, call emergency services.</source>
        <translation>Wählen Sie im Notfall, etwa bei plötzlicher Atemnot, Brustschmerzen, Verwirrtheit oder einem Zusammenbruch, den Notruf.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Medicines and checklist</source>
        <translation>Medikamente und Checkliste</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>No medicines are recorded.</source>
        <translation>Es sind keine Medikamente erfasst.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 pro Woche</translation>
    </message>
    <message>
        <source>No start date recorded.</source>
        <translation>Kein Beginndatum erfasst.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Latest checklist</source>
        <translation>Letzte Checkliste</translation>
    </message>
    <message>
        <source>No checklist has been completed.</source>
        <translation>Es wurde keine Checkliste ausgefüllt.</translation>
    </message>
    <message>
        <source>Completed on %1.</source>
        <translation>Ausgefüllt am %1.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message>
        <source>Unknown (answered “not sure” or not answered)</source>
        <translation>Unbekannt (mit „weiß nicht“ beantwortet oder nicht beantwortet)</translation>
    </message>
    <message>
        <source>started or changed in the last 3 months</source>
        <translation>in den letzten 3 Monaten neu angesetzt oder geändert</translation>
    </message>
    <message>
        <source>Cramps per week before and after a start or stop</source>
        <translation>Krämpfe pro Woche vor und nach einem Beginn oder Absetzen</translation>
    </message>
    <message>
        <source>Counted over the days the diary was kept (days without any entry in gaps shorter than %3 days count as days without cramps), in two windows of equal length, up to %1 weeks, before and from the day of the change; shown only with at least %2 such days on each side.</source>
        <translation>Gezählt über die Tage, an denen das Tagebuch geführt wurde (Tage ohne Eintrag in Lücken von weniger als %3 Tagen zählen als Tage ohne Krämpfe), in zwei gleich langen Zeitfenstern von bis zu %1 Wochen vor und ab dem Tag der Änderung; nur gezeigt mit mindestens %2 solchen Tagen auf jeder Seite.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>From that day</source>
        <translation>Ab diesem Tag</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen am %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Abgesetzt am %1</translation>
    </message>
    <message>
        <source>%1 started on %2, inside this window</source>
        <translation>%1 am %2 begonnen, innerhalb dieses Zeitfensters</translation>
    </message>
    <message>
        <source>%1 stopped on %2, inside this window</source>
        <translation>%1 am %2 abgesetzt, innerhalb dieses Zeitfensters</translation>
    </message>
    <message>
        <source>%1 cramps over %2 days kept, %3 – %4</source>
        <translation>%1 Krämpfe an %2 erfassten Tagen, %3 – %4</translation>
    </message>
    <message>
        <source>Not enough days kept on each side to compare.</source>
        <translation>Zu wenige erfasste Tage auf jeder Seite für einen Vergleich.</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <source>Not answered (%1 questions), so unknown, not counted as no:</source>
        <translation>Nicht beantwortet (%1 Fragen), daher unbekannt, nicht als Nein gewertet:</translation>
    </message>
    <message>
        <source>If it applies: %1</source>
        <translation>Falls zutreffend: %1</translation>
    </message>
    <message>
        <source>The answers pointed to no warning sign and no known risk factor.</source>
        <translation>Die Antworten wiesen auf kein Warnzeichen und keinen bekannten Risikofaktor hin.</translation>
    </message>
    <message>
        <source>Changes since the checklist of %1</source>
        <translation>Veränderungen seit der Checkliste vom %1</translation>
    </message>
    <message>
        <source>There is no earlier checklist to compare with.</source>
        <translation>Es gibt keine frühere Checkliste zum Vergleich.</translation>
    </message>
    <message>
        <source>No change in the findings.</source>
        <translation>Keine Veränderung bei den Ergebnissen.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>No longer found: %1</source>
        <translation>Nicht mehr gefunden: %1</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Calendar of cramp days</source>
        <translation>Kalender der Krampftage</translation>
    </message>
    <message>
        <source>Cramp day</source>
        <translation>Krampftag</translation>
    </message>
    <message>
        <source>Marked “no cramps”</source>
        <translation>Als „keine Krämpfe“ markiert</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>Kein Eintrag</translation>
    </message>
    <message>
        <source>The period covers %1 months; the calendar shows the last 12.</source>
        <translation>Der Zeitraum umfasst %1 Monate; der Kalender zeigt die letzten 12.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>By the hour in which each episode began, local time.</source>
        <translation>Nach der Stunde, in der die jeweilige Episode begann, Ortszeit.</translation>
    </message>
    <message>
        <source>Severity of each episode</source>
        <translation>Stärke jeder Episode</translation>
    </message>
    <message>
        <source>Each dot is one episode: 0 is no pain, 10 the worst pain imaginable.</source>
        <translation>Jeder Punkt ist eine Episode: 0 bedeutet kein Schmerz, 10 den schlimmsten vorstellbaren Schmerz.</translation>
    </message>
    <message>
        <source>Muscles and sides</source>
        <translation>Muskeln und Seiten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Relief tried</source>
        <translation>Versuchte Linderung</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Linderung</translation>
    </message>
    <message>
        <source>Times tried</source>
        <translation>Wie oft versucht</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Nothing was tried for %1 episodes.</source>
        <translation>Bei %1 Episoden wurde nichts versucht.</translation>
    </message>
    <message>
        <source>Nothing was tried for 1 episode.</source>
        <translation>Bei 1 Episode wurde nichts versucht.</translation>
    </message>
    <message>
        <source>No relief was recorded in this period.</source>
        <translation>In diesem Zeitraum wurde keine Linderung erfasst.</translation>
    </message>
    <message>
        <source>When several things were tried for one episode, the answer counts for each of them. Cramps often ease by themselves, so feeling better afterwards does not prove that a remedy works.</source>
        <translation>Wurden bei einer Episode mehrere Dinge versucht, zählt die Antwort für jedes davon. Krämpfe lassen oft von selbst nach; sich danach besser zu fühlen, beweist also nicht, dass ein Mittel wirkt.</translation>
    </message>
    <message>
        <source>Possible triggers: associations, not causes</source>
        <translation>Mögliche Auslöser: Zusammenhänge, keine Ursachen</translation>
    </message>
    <message>
        <source>Cramp days among the recorded days on which the patient noted a possible trigger (in the 24 hours before an episode, or on a day answered “no cramps”), against the other recorded days; days without any entry are left out. A trigger is shown only with at least %1 days without cramps on which it was noted and %1 on which it was not.</source>
        <translation>Krampftage unter den erfassten Tagen, an denen die Patientin oder der Patient einen möglichen Auslöser notiert hat (in den 24 Stunden vor einer Episode oder an einem Tag mit der Antwort „keine Krämpfe“), verglichen mit den übrigen erfassten Tagen; Tage ohne jeden Eintrag bleiben unberücksichtigt. Ein Auslöser wird nur gezeigt, wenn es mindestens %1 Tage ohne Krämpfe gibt, an denen er notiert wurde, und %1, an denen er nicht notiert wurde.</translation>
    </message>
    <message>
        <source>Too little data to compare (fewer than %2 days without cramps with it, or without it): %1.</source>
        <translation>Zu wenige Daten für einen Vergleich (weniger als %2 Tage ohne Krämpfe mit dem Auslöser oder ohne ihn): %1.</translation>
    </message>
    <message>
        <source>No possible trigger can be compared yet: that needs at least %1 days answered “no cramps” on which it was noted and %1 on which it was not. Answering “No cramps” on the morning card, with what happened the day before, provides them.</source>
        <translation>Noch kann kein möglicher Auslöser verglichen werden: Dazu braucht es mindestens %1 Tage mit der Antwort „keine Krämpfe“, an denen er notiert wurde, und %1, an denen er nicht notiert wurde. Die Antwort „Keine Krämpfe“ auf der Morgenkarte, zusammen mit dem, was am Vortag geschah, liefert diese Tage.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Cramp days when noted</source>
        <translation>Krampftage, wenn notiert</translation>
    </message>
    <message>
        <source>Cramp days otherwise</source>
        <translation>Krampftage sonst</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>association, not cause</source>
        <translation>Zusammenhang, keine Ursache</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>Triggers are noted mostly together with a cramp, which makes days with a trigger look worse than they may be.</source>
        <translation>Auslöser werden meist zusammen mit einem Krampf notiert; dadurch sehen Tage mit einem Auslöser möglicherweise schlechter aus, als sie sind.</translation>
    </message>
    <message>
        <source>No possible triggers were noted in this period.</source>
        <translation>In diesem Zeitraum wurden keine möglichen Auslöser notiert.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Leg Cramp Companion %1</source>
        <translation>Leg Cramp Companion %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren am %1</translation>
    </message>
    <message>
        <source>No day of this period was logged at all, so the report cannot say whether there were cramps.</source>
        <translation>Für keinen Tag dieses Zeitraums gibt es einen Eintrag; der Bericht kann daher nicht sagen, ob Krämpfe aufgetreten sind.</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Zeitraum davor</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Krampftage</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episoden pro Woche</translation>
    </message>
    <message>
        <source>Cramp days per week</source>
        <translation>Krampftage pro Woche</translation>
    </message>
    <message>
        <source>Per week: over the days the diary was kept.</source>
        <translation>Pro Woche: bezogen auf die Tage, an denen das Tagebuch geführt wurde.</translation>
    </message>
    <message>
        <source>This period: %1.</source>
        <translation>Dieser Zeitraum: %1.</translation>
    </message>
    <message>
        <source>Not comparable with the previous period: the diary covers %1 of %2 days of it.</source>
        <translation>Nicht mit dem vorherigen Zeitraum vergleichbar: Das Tagebuch deckt %1 von dessen %2 Tagen ab.</translation>
    </message>
    <message>
        <source>Not compared with the previous period: the diary covers only %1 of %2 days of this period.</source>
        <translation>Nicht mit dem vorherigen Zeitraum verglichen: Das Tagebuch deckt nur %1 von %2 Tagen dieses Zeitraums ab.</translation>
    </message>
    <message>
        <source>Median severity (0–10)</source>
        <translation>Stärke (0–10), Median</translation>
    </message>
    <message>
        <source>Highest severity (0–10)</source>
        <translation>Höchste Stärke (0–10)</translation>
    </message>
    <message>
        <source>Median duration (minutes)</source>
        <translation>Dauer (Minuten), Median</translation>
    </message>
    <message>
        <source>Longest duration (minutes)</source>
        <translation>Längste Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Episodes that woke the patient</source>
        <translation>Episoden, die aus dem Schlaf weckten</translation>
    </message>
    <message>
        <source>Mean sleep disturbance (0–10)</source>
        <translation>Schlafstörung (0–10), Mittelwert</translation>
    </message>
    <message>
        <source>This period: %1. Previous period: %2.</source>
        <translation>Dieser Zeitraum: %1. Zeitraum davor: %2.</translation>
    </message>
    <message>
        <source>– means no episodes, or not recorded.</source>
        <translation>– bedeutet: keine Episoden oder nicht erfasst.</translation>
    </message>
    <message>
        <source>Figures vary by chance: a change between periods does not show that anything tried had an effect.</source>
        <translation>Zahlen schwanken zufällig: Eine Veränderung zwischen Zeiträumen zeigt nicht, dass etwas Ausprobiertes gewirkt hat.</translation>
    </message>
    <message>
        <source>Each bar is a week of the period, labelled by its first day.</source>
        <translation>Jeder Balken ist eine Woche des Zeitraums, beschriftet mit ihrem ersten Tag.</translation>
    </message>
    <message>
        <source>Diary kept %1 – %2: %3 of %4 days.</source>
        <translation>Tagebuch geführt %1 – %2: %3 von %4 Tagen.</translation>
    </message>
    <message>
        <source>Nothing recorded before %1.</source>
        <translation>Vor dem %1 nichts erfasst.</translation>
    </message>
    <message>
        <source>Nothing recorded after %1.</source>
        <translation>Nach dem %1 nichts erfasst.</translation>
    </message>
    <message>
        <source>Stretches of %1 days or more without any entry count as not kept.</source>
        <translation>Abschnitte von %1 oder mehr Tagen ohne jeden Eintrag gelten als nicht geführt.</translation>
    </message>
    <message>
        <source>Of the days kept: %1 with cramps, %2 marked “no cramps”, and %3 without any entry, counted as days without cramps because they lie in gaps shorter than %4 days (people log their cramps, not their absence).</source>
        <translation>Von den erfassten Tagen: %1 mit Krämpfen, %2 als „keine Krämpfe“ markiert und %3 ohne jeden Eintrag, die als Tage ohne Krämpfe zählen, weil sie in Lücken von weniger als %4 Tagen liegen (man notiert seine Krämpfe, nicht deren Ausbleiben).</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>start date not recorded</source>
        <translation>Beginn nicht erfasst</translation>
    </message>
    <message>
        <source>No current medicines are recorded.</source>
        <translation>Es sind keine aktuellen Medikamente erfasst.</translation>
    </message>
    <message>
        <source>Cramp days per month, %1 – %2</source>
        <translation>Krampftage pro Monat, %1 – %2</translation>
    </message>
    <message>
        <source>The last 12 months. – : the diary was kept on fewer than half the month&apos;s days.</source>
        <translation>Die letzten 12 Monate. – : Das Tagebuch wurde an weniger als der Hälfte der Tage des Monats geführt.</translation>
    </message>
    <message>
        <source>The last bar covers only %1 days.</source>
        <translation>Der letzte Balken umfasst nur %1 Tage.</translation>
    </message>
    <message>
        <source>The last bar covers only 1 day.</source>
        <translation>Der letzte Balken umfasst nur 1 Tag.</translation>
    </message>
    <message>
        <source>– marks a week without any logged day.</source>
        <translation>– kennzeichnet eine Woche ohne erfassten Tag.</translation>
    </message>
    <message>
        <source>Topics to discuss</source>
        <translation>Gesprächsthemen</translation>
    </message>
    <message>
        <source>Possible contributing factors (checklist of %1)</source>
        <translation>Mögliche beitragende Faktoren (Checkliste vom %1)</translation>
    </message>
    <message>
        <source>The checklist of %1 found no risk factor.</source>
        <translation>Die Checkliste vom %1 ergab keinen Risikofaktor.</translation>
    </message>
    <message>
        <source>From the patient&apos;s own entries and checklist answers: topics to talk about, not a diagnosis.</source>
        <translation>Aus den eigenen Einträgen und Checklisten-Antworten der Patientin oder des Patienten: Gesprächsthemen, keine Diagnose.</translation>
    </message>
    <message>
        <source>Left out: %1 entries of this period could not be read (a value in them is not valid, perhaps because the data file was damaged).</source>
        <translation>Ausgelassen: %1 Einträge dieses Zeitraums konnten nicht gelesen werden (ein Wert darin ist ungültig, vielleicht weil die Datendatei beschädigt wurde).</translation>
    </message>
    <message>
        <source>An improvement after a start does not prove that the medicine helped: in trials, people given a placebo also improved by about a quarter. A change in either direction is an association, not proof of an effect: other changes at the same time can explain a difference, and no change does not rule out an effect.</source>
        <translation>Eine Besserung nach dem Beginn beweist nicht, dass das Medikament geholfen hat: In Studien besserten sich auch Menschen, die ein Placebo erhielten, um etwa ein Viertel. Eine Veränderung in die eine oder andere Richtung ist ein Zusammenhang, kein Beweis für eine Wirkung: Andere Veränderungen zur selben Zeit können einen Unterschied erklären, und keine Veränderung schließt eine Wirkung nicht aus.</translation>
    </message>
    <message>
        <source>Reasons for a routine appointment</source>
        <translation>Gründe für einen regulären Arzttermin</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>warning question to check</source>
        <translation>zu klärende Warnfrage</translation>
    </message>
    <message>
        <source>reason for an appointment</source>
        <translation>Grund für einen Arzttermin</translation>
    </message>
    <message>
        <source>No reason for a routine appointment was logged or answered.</source>
        <translation>Weder im Protokoll noch in der Checkliste fand sich ein Grund für einen regulären Arzttermin.</translation>
    </message>
    <message>
        <source>Cramps on %1 of the %2 days up to %3 (the log); the app suggested a routine appointment.</source>
        <translation>Krämpfe an %1 der %2 Tage bis zum %3 (Protokoll); die App empfahl einen regulären Arzttermin.</translation>
    </message>
    <message>
        <source>(“yes” in the checklist of %1)</source>
        <translation>(„Ja“ in der Checkliste vom %1)</translation>
    </message>
    <message>
        <source>Symptoms that may be another condition (checklist of %1)</source>
        <translation>Beschwerden, hinter denen eine andere Erkrankung stecken kann (Checkliste vom %1)</translation>
    </message>
    <message>
        <source>The checklist of %1 found no risk factor in the questions answered; %2 questions were not answered.</source>
        <translation>Die Checkliste vom %1 ergab in den beantworteten Fragen keinen Risikofaktor; %2 Fragen wurden nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1 logged with a cramp in the %2 on %3; the app advised %4.</source>
        <translation>%1 zusammen mit einem Krampf (%2) am %3 erfasst; die App empfahl %4.</translation>
    </message>
    <message>
        <source>A cramp in the %1 lasting %2 minutes logged on %3; the app advised %4.</source>
        <translation>Ein Krampf (%1) von %2 Minuten Dauer am %3 erfasst; die App empfahl %4.</translation>
    </message>
    <message>
        <source>%1 such episodes in this period.</source>
        <translation>%1 solche Episoden in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Answered “yes” in the checklist of %1: “%2” The app advised %3.</source>
        <translation>In der Checkliste vom %1 mit „Ja“ beantwortet: „%2“ Die App empfahl %3.</translation>
    </message>
    <message>
        <source>Warning questions answered “not sure” or not answered</source>
        <translation>Warnfragen mit „Unsicher“ oder ohne Antwort</translation>
    </message>
    <message>
        <source>Answered “not sure” in the checklist of %1: “%2” If it applies, the app advised %3.</source>
        <translation>In der Checkliste vom %1 mit „Unsicher“ beantwortet: „%2“ Falls zutreffend, empfahl die App %3.</translation>
    </message>
    <message>
        <source>Not answered in the checklist of %1; if one applies, the app advised %2: %3.</source>
        <translation>In der Checkliste vom %1 nicht beantwortet; falls eines zutrifft, empfahl die App %2: %3.</translation>
    </message>
    <message>
        <source>No warning symptoms were recorded with the %1 episodes of this period.</source>
        <translation>Bei den %1 Episoden dieses Zeitraums wurden keine Warnsymptome erfasst.</translation>
    </message>
    <message>
        <source>No warning symptoms were recorded with the 1 episode of this period.</source>
        <translation>Bei der 1 Episode dieses Zeitraums wurden keine Warnsymptome erfasst.</translation>
    </message>
    <message>
        <source>No episodes in this period, so no symptoms were recorded with one.</source>
        <translation>Keine Episoden in diesem Zeitraum, daher wurden auch keine Begleitsymptome erfasst.</translation>
    </message>
    <message>
        <source>In the checklist of %1, every warning question was answered “no”.</source>
        <translation>In der Checkliste vom %1 wurde jede Warnfrage mit „Nein“ beantwortet.</translation>
    </message>
    <message>
        <source>No checklist in this period.</source>
        <translation>Keine Checkliste in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>calling emergency services</source>
        <translation>den Notruf zu wählen</translation>
    </message>
    <message>
        <source>same-day review</source>
        <translation>eine ärztliche Abklärung am selben Tag</translation>
    </message>
    <message>
        <source>a routine appointment</source>
        <translation>einen regulären Arzttermin</translation>
    </message>
    <message>
        <source>same-day advice on a tetanus jab</source>
        <translation>eine Beratung zur Tetanusimpfung am selben Tag</translation>
    </message>
    <message>
        <source>telling the doctor at the next appointment</source>
        <translation>es beim nächsten Arzttermin anzusprechen</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheitsgefühl</translation>
    </message>
    <message>
        <source>A skin colour change</source>
        <translation>Eine Veränderung der Hautfarbe</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 links</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 rechts</translation>
    </message>
    <message>
        <source>%1 (both legs)</source>
        <translation>%1 (beide Beine)</translation>
    </message>
    <message>
        <source>calf</source>
        <translation>Wade</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>toes</source>
        <translation>Zehen</translation>
    </message>
    <message>
        <source>shin</source>
        <translation>Schienbein</translation>
    </message>
    <message>
        <source>front of the thigh</source>
        <translation>Oberschenkelvorderseite</translation>
    </message>
    <message>
        <source>back of the thigh</source>
        <translation>Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>What the patient tried</source>
        <translation>Was die Patientin oder der Patient ausprobiert hat</translation>
    </message>
    <message>
        <source>One measure at a time, compared with the same number of weeks just before it; only observed days of the diary count. %1</source>
        <translation>Jeweils eine Maßnahme, verglichen mit ebenso vielen Wochen direkt davor; nur beobachtete Tage des Tagebuchs zählen. %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Adherence: %1</source>
        <translation>Umsetzung: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>ReportOptionsPanel</name>
    <message>
        <source>Summary and key numbers</source>
        <translation>Zusammenfassung und Kennzahlen</translation>
    </message>
    <message>
        <source>Patterns and charts</source>
        <translation>Muster und Diagramme</translation>
    </message>
    <message>
        <source>Medicines and checklist</source>
        <translation>Medikamente und Checkliste</translation>
    </message>
    <message>
        <source>Advice and questions to ask</source>
        <translation>Ratschläge und Fragen für das Arztgespräch</translation>
    </message>
    <message>
        <source>Every episode (appendix)</source>
        <translation>Alle Episoden (Anhang)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>The first day is after the last day. Choose a later last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag. Wählen Sie einen späteren letzten Tag.</translation>
    </message>
    <message>
        <source>Choose at least one part to include in the report.</source>
        <translation>Wählen Sie mindestens einen Teil aus, der in den Bericht aufgenommen werden soll.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Inhalt des Berichts</translation>
    </message>
    <message>
        <source>Names on the report</source>
        <translation>Namen im Bericht</translation>
    </message>
    <message>
        <source>Language and paper</source>
        <translation>Sprache und Papier</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Prepared for:</source>
        <translation>Erstellt &amp;für:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Optional, printed next to your name</source>
        <translation>Optional, wird neben Ihrem Namen gedruckt</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Zeitraum des Berichts</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Printed at the top of every page</source>
        <translation>Wird oben auf jeder Seite gedruckt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>For example your doctor&apos;s name</source>
        <translation>Zum Beispiel der Name Ihrer Ärztin oder Ihres Arztes</translation>
    </message>
    <message>
        <source>Optional, e.g. Dr Jones</source>
        <translation>Optional, z. B. Dr. Müller</translation>
    </message>
    <message>
        <source>Remember these names on this computer</source>
        <translation>Diese Namen auf diesem Computer merken</translation>
    </message>
    <message>
        <source>&amp;Remember these on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Printed on the report only. They are not kept unless you tick “Remember”.</source>
        <translation>Nur auf den Bericht gedruckt. Sie werden nicht gespeichert, außer Sie setzen das Häkchen bei „Auf diesem Computer merken“.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>Independent of the app&apos;s language</source>
        <translation>Unabhängig von der Sprache der App</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Report for your doctor</source>
        <translation>Bericht für den Arztbesuch</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A PDF of your log to bring to your doctor: a one-page summary first, then the details you choose. It stays on this computer until you share it.</source>
        <translation>Ein PDF Ihres Krampftagebuchs für den Arztbesuch: zuerst eine einseitige Zusammenfassung, dann die Details, die Sie auswählen. Es bleibt auf diesem Computer, bis Sie es weitergeben.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF speiche&amp;rn …</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Im Betrachter öffnen</translation>
    </message>
    <message>
        <source>Save the report and open it in your PDF viewer</source>
        <translation>Den Bericht speichern und im PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>Open in vie&amp;wer</source>
        <translation>Im Betrach&amp;ter öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>Report choices</source>
        <translation>Optionen des Berichts</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status des Berichts</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>Scroll with the arrow keys</source>
        <translation>Mit den Pfeiltasten blättern</translation>
    </message>
    <message>
        <source>The preview of your report appears here.</source>
        <translation>Hier erscheint die Vorschau Ihres Berichts.</translation>
    </message>
    <message>
        <source>The preview was stopped. Change an option to make it again.</source>
        <translation>Die Vorschau wurde abgebrochen. Ändern Sie eine Option, um sie neu zu erstellen.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>The report could not be made because of an unexpected problem.</source>
        <translation>Der Bericht konnte wegen eines unerwarteten Problems nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Pages: %1. This is exactly what will be saved.</source>
        <translation>Seiten: %1. Genau so wird der Bericht gespeichert.</translation>
    </message>
    <message>
        <source>Saved to %1 (pages: %2).</source>
        <translation>Gespeichert unter %1 (Seiten: %2).</translation>
    </message>
    <message>
        <source>Saved to %1, but no PDF viewer opened it. Open it from your files.</source>
        <translation>Gespeichert unter %1, aber kein PDF-Betrachter hat die Datei geöffnet. Öffnen Sie sie über Ihre Dateien.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Bericht wird gespeichert …</translation>
    </message>
    <message>
        <source>Saving… %p%</source>
        <translation>Speichern … %p %</translation>
    </message>
    <message>
        <source>Making the preview… %p%</source>
        <translation>Vorschau wird erstellt … %p %</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the report (%1)</source>
        <translation>Speicherort für den Bericht wählen (%1)</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Cramp saved: %1/10, %2, %3, %4</source>
        <translation>Krampf gespeichert: %1/10, %2, %3, %4</translation>
    </message>
    <message>
        <source>The cramp was removed.</source>
        <translation>Der Krampf wurde entfernt.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: remove the cramp just saved</source>
        <translation>Rückgängig: den eben gespeicherten Krampf entfernen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text&amp;größe:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
</context>
<context>
    <name>SeverityPicker</name>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Type a number from 0 (no pain) to 10 (worst pain imaginable)</source>
        <translation>Geben Sie eine Zahl von 0 (kein Schmerz) bis 10 (schlimmster vorstellbarer Schmerz) ein</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = kein Schmerz</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = schlimmstmöglich</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>The bundled article &quot;Sodium and leg cramps&quot;</source>
        <translation>Der mitgelieferte Artikel „Natrium und Beinkrämpfe“</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Start when you log in?</source>
        <translation>Bei der Anmeldung starten?</translation>
    </message>
    <message>
        <source>You have used Leg Cramp Companion for a week. Should it start by itself when you log in, so that morning reminders reach you? You can change this any time in Settings → Reminders and start at login.</source>
        <translation>Sie nutzen Leg Cramp Companion seit einer Woche. Soll die App bei der Anmeldung von selbst starten, damit die morgendlichen Erinnerungen Sie erreichen? Sie können das jederzeit unter Einstellungen → Erinnerungen und Start bei der Anmeldung ändern.</translation>
    </message>
</context>
<context>
    <name>StartupFailure</name>
    <message>
        <source>The app cannot use the data folder %1 (%2). Check that the folder can be written to, or start the app with another folder (--data-dir).</source>
        <translation>Die App kann den Datenordner %1 nicht verwenden (%2). Prüfen Sie, ob in den Ordner geschrieben werden kann, oder starten Sie die App mit einem anderen Ordner (--data-dir).</translation>
    </message>
    <message>
        <source>Leg Cramp Companion is already open with the data folder %1, but it does not answer. Close it (if needed, end it in the Task Manager), then start the app again.</source>
        <translation>Leg Cramp Companion ist bereits mit dem Datenordner %1 geöffnet, antwortet aber nicht. Schließen Sie die App (falls nötig, beenden Sie sie im Task-Manager) und starten Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>StorageDialogs</name>
    <message>
        <source>Your data could not be opened.</source>
        <translation>Ihre Daten konnten nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made.</source>
        <translation>Die heutige automatische Sicherung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion stops because your data file is damaged; it has been kept as “%1” in your data folder.</source>
        <translation>Leg Cramp Companion wird beendet, weil Ihre Datendatei beschädigt ist; sie wurde als „%1“ in Ihrem Datenordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Ihre Datendatei ist beschädigt</translation>
    </message>
    <message>
        <source>Restore your newest backup, “%1”?</source>
        <translation>Ihre neueste Sicherung „%1“ wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Mit leeren Daten beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Leg Cramp Companion will now close.</source>
        <translation>Leg Cramp Companion wird jetzt beendet.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion</source>
        <translation>Leg Cramp Companion</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved data is safe. Details were written to the log file in “%1”.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen. Ihre gespeicherten Daten sind sicher. Details wurden in die Protokolldatei in „%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Your data folder %1 is on a network drive. The app saves your data there in a slower way that is safe on network drives. Keep the folder on this computer if you can, and never open it from two computers at the same time.</source>
        <translation>Ihr Datenordner %1 liegt auf einem Netzlaufwerk. Die App speichert Ihre Daten dort auf eine langsamere Weise, die auf Netzlaufwerken sicher ist. Legen Sie den Ordner wenn möglich auf diesem Computer ab, und öffnen Sie ihn nie von zwei Computern gleichzeitig.</translation>
    </message>
    <message>
        <source>Your data folder %1 is in a folder that a cloud service synchronises. The app saves your data there in a slower way, so that the copy being synchronised is always complete. Do not open the data from two computers at the same time: the service may then make conflicting copies.</source>
        <translation>Ihr Datenordner %1 liegt in einem Ordner, den ein Cloud-Dienst synchronisiert. Die App speichert Ihre Daten dort auf eine langsamere Weise, damit die synchronisierte Kopie immer vollständig ist. Öffnen Sie die Daten nicht von zwei Computern gleichzeitig: Der Dienst könnte sonst widersprüchliche Kopien anlegen.</translation>
    </message>
    <message>
        <source>About your data folder</source>
        <translation>Über Ihren Datenordner</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Your data could not be opened or saved just now. Another program may be using it, or the disk may be full or read-only. Nothing was changed; please try again in a moment.</source>
        <translation>Ihre Daten konnten gerade nicht geöffnet oder gespeichert werden. Möglicherweise verwendet ein anderes Programm sie, oder der Datenträger ist voll oder schreibgeschützt. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Leg Cramp Companion. Install the newest version to open it; your data has not been changed.</source>
        <translation>Ihre Daten wurden mit einer neueren Version von Leg Cramp Companion gespeichert. Installieren Sie die neueste Version, um sie zu öffnen; Ihre Daten wurden nicht verändert.</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted meanwhile.</source>
        <translation>Dieser Eintrag existiert nicht mehr. Er wurde möglicherweise inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The entry could not be saved because a value is out of range or missing.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden, weil ein Wert außerhalb des gültigen Bereichs liegt oder fehlt.</translation>
    </message>
    <message>
        <source>Something went wrong while keeping your data. Nothing was changed; please try again.</source>
        <translation>Beim Verwalten Ihrer Daten ist ein Fehler aufgetreten. Es wurde nichts geändert; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your data could not be updated for this version of Leg Cramp Companion. It was left as it was, and a copy is kept as “%1” in the backups folder.</source>
        <translation>Ihre Daten konnten nicht für diese Version von Leg Cramp Companion aktualisiert werden. Sie wurden unverändert gelassen, und eine Kopie liegt als „%1“ im Sicherungsordner.</translation>
    </message>
    <message>
        <source>Your data could not be prepared for this version of Leg Cramp Companion, so it was not changed. Check that the data folder can be written to and that the disk is not full.</source>
        <translation>Ihre Daten konnten nicht für diese Version von Leg Cramp Companion vorbereitet werden und wurden daher nicht verändert. Prüfen Sie, ob in den Datenordner geschrieben werden kann und ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be made. Check that its folder can be written to and that the disk is not full. Your data was not changed.</source>
        <translation>Die Sicherung „%1“ konnte nicht erstellt werden. Prüfen Sie, ob in ihren Ordner geschrieben werden kann und ob der Datenträger voll ist. Ihre Daten wurden nicht verändert.</translation>
    </message>
    <message>
        <source>A backup could not be made. Check that the folder can be written to and that the disk is not full. Your data was not changed.</source>
        <translation>Eine Sicherung konnte nicht erstellt werden. Prüfen Sie, ob in den Ordner geschrieben werden kann und ob der Datenträger voll ist. Ihre Daten wurden nicht verändert.</translation>
    </message>
    <message>
        <source>Your data file was damaged and could not be read. It has been kept as “%1” in your data folder.</source>
        <translation>Ihre Datendatei war beschädigt und konnte nicht gelesen werden. Sie wurde als „%1“ in Ihrem Datenordner aufbewahrt.</translation>
    </message>
    <message>
        <source>Another experiment is running now, and only one can run at a time. Stop it first, then undo again.</source>
        <translation>Gerade läuft ein anderer Versuch, und es kann immer nur einer laufen. Beenden Sie ihn zuerst und machen Sie dann erneut rückgängig.</translation>
    </message>
    <message>
        <source>Your newest backup, “%1”, can be restored.</source>
        <translation>Ihre neueste Sicherung „%1“ kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>No backup was found, so Leg Cramp Companion will start with empty data.</source>
        <translation>Es wurde keine Sicherung gefunden, daher startet Leg Cramp Companion mit leeren Daten.</translation>
    </message>
    <message>
        <source>“%1” does not exist. Choose another file. Nothing was changed.</source>
        <translation>„%1“ existiert nicht. Wählen Sie eine andere Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is the data file the app is using, not a backup. Choose a backup file. Nothing was changed.</source>
        <translation>„%1“ ist die Datendatei, die die App gerade verwendet, keine Sicherung. Wählen Sie eine Sicherungsdatei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it. Nothing was changed.</source>
        <translation>„%1“ konnte nicht gelesen werden. Prüfen Sie, ob die Datei noch vorhanden ist und ob Sie sie öffnen dürfen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Leg Cramp Companion. Update the app, then restore it. Nothing was changed.</source>
        <translation>„%1“ wurde mit einer neueren Version von Leg Cramp Companion erstellt. Aktualisieren Sie die App und stellen Sie die Sicherung dann wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” is not a usable Leg Cramp Companion backup: it is damaged, empty or from another program. Choose another file. Nothing was changed.</source>
        <translation>„%1“ ist keine verwendbare Sicherung von Leg Cramp Companion: Sie ist beschädigt, leer oder stammt von einem anderen Programm. Wählen Sie eine andere Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your current data could not be copied before restoring “%1”, so nothing was changed. Check that there is free space on the disk, then try again.</source>
        <translation>Ihre aktuellen Daten konnten vor dem Wiederherstellen von „%1“ nicht gesichert werden, daher wurde nichts geändert. Prüfen Sie, ob auf dem Datenträger genug Platz frei ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1” was not restored because your current data could not be opened just now. Another program may be using your data, or you may not have access to it. Nothing was changed; please try again in a moment.</source>
        <translation>„%1“ wurde nicht wiederhergestellt, weil Ihre aktuellen Daten gerade nicht geöffnet werden konnten. Möglicherweise verwendet ein anderes Programm Ihre Daten, oder Sie haben keinen Zugriff darauf. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” could not be copied into your data folder, for example because the disk is full. Check that there is free space on the disk, then try again. The data you had before is kept.</source>
        <translation>„%1“ konnte nicht in Ihren Datenordner kopiert werden, zum Beispiel weil der Datenträger voll ist. Prüfen Sie, ob auf dem Datenträger genug Platz frei ist, und versuchen Sie es erneut. Ihre bisherigen Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a backup file. Choose a file. Nothing was changed.</source>
        <translation>„%1“ ist ein Ordner, keine Sicherungsdatei. Wählen Sie eine Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” was not restored: it contains database parts that Leg Cramp Companion never makes (changed tables, triggers or views), so it may have been altered. Choose another backup. Nothing was changed.</source>
        <translation>„%1“ wurde nicht wiederhergestellt: Die Datei enthält Datenbankteile, die Leg Cramp Companion nie anlegt (geänderte Tabellen, Trigger oder Sichten); sie wurde also möglicherweise verändert. Wählen Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>“%1” was not restored: an entry in it holds a value that is not valid (%2). The file may be damaged or altered. Choose another backup. Nothing was changed.</source>
        <translation>„%1“ wurde nicht wiederhergestellt: Ein Eintrag darin enthält einen ungültigen Wert (%2). Die Datei ist möglicherweise beschädigt oder verändert. Wählen Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Krampf erfassen</translation>
    </message>
    <message>
        <source>Log a cramp (%1)</source>
        <translation>Krampf erfassen (%1)</translation>
    </message>
    <message>
        <source>See your history</source>
        <translation>Verlauf ansehen</translation>
    </message>
    <message>
        <source>See your his&amp;tory</source>
        <translation>&amp;Verlauf ansehen</translation>
    </message>
    <message>
        <source>Your data could not be read just now. It will show again when it can.</source>
        <translation>Ihre Daten konnten gerade nicht gelesen werden. Sie werden wieder angezeigt, sobald das möglich ist.</translation>
    </message>
    <message>
        <source>Your entries of the last %1 days, or your latest checklist, mention something a doctor should know about. This is not a diagnosis.</source>
        <translation>Ihre Einträge der letzten %1 Tage oder Ihre letzte Checkliste enthalten etwas, das Ihre Ärztin oder Ihr Arzt wissen sollte. Das ist keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>TrayService</name>
    <message>
        <source>&amp;Log a cramp…</source>
        <translation>Krampf &amp;eintragen …</translation>
    </message>
    <message>
        <source>Last &amp;night?</source>
        <translation>&amp;Letzte Nacht?</translation>
    </message>
    <message>
        <source>&amp;Open Leg Cramp Companion</source>
        <translation>Leg Cramp Companion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Last night?</source>
        <translation>Letzte Nacht?</translation>
    </message>
    <message>
        <source>No cramps, or had cramps? Click here to answer in a moment.</source>
        <translation>Keine Krämpfe oder Krämpfe gehabt? Klicken Sie hier, um kurz zu antworten.</translation>
    </message>
    <message>
        <source>Still here for your reminders</source>
        <translation>Weiter da für Ihre Erinnerungen</translation>
    </message>
    <message>
        <source>Leg Cramp Companion keeps running in the tray while reminders are on. To close it completely, choose Quit in the tray menu or the File menu.</source>
        <translation>Leg Cramp Companion läuft im Infobereich weiter, solange Erinnerungen eingeschaltet sind. Um die App ganz zu schließen, wählen Sie „Beenden“ im Menü des Symbols oder im Menü „Datei“.</translation>
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Wiederhergestellt: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the date and time the cramp started.</source>
        <translation>Geben Sie Datum und Uhrzeit des Krampfbeginns ein.</translation>
    </message>
    <message>
        <source>The start time has no time zone. Enter the time again.</source>
        <translation>Für den Beginn ist keine Zeitzone angegeben. Geben Sie die Uhrzeit erneut ein.</translation>
    </message>
    <message>
        <source>The start time is in the future. Choose a time up to now.</source>
        <translation>Der Beginn liegt in der Zukunft. Wählen Sie eine Zeit bis jetzt.</translation>
    </message>
    <message>
        <source>Choose a start time in 1900 or later.</source>
        <translation>Wählen Sie einen Beginn ab dem Jahr 1900.</translation>
    </message>
    <message>
        <source>The time zone must be whole minutes. Enter the time again.</source>
        <translation>Die Zeitzone muss aus ganzen Minuten bestehen. Geben Sie die Uhrzeit erneut ein.</translation>
    </message>
    <message>
        <source>Enter how long the cramp lasted.</source>
        <translation>Geben Sie ein, wie lange der Krampf gedauert hat.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Die Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A cramp cannot last more than 24 hours. Check the duration.</source>
        <translation>Ein Krampf kann nicht länger als 24 Stunden dauern. Prüfen Sie die Dauer.</translation>
    </message>
    <message>
        <source>Choose a severity from 0 to 10.</source>
        <translation>Wählen Sie eine Stärke von 0 bis 10.</translation>
    </message>
    <message>
        <source>Choose a sleep disturbance from 0 to 10, or leave it empty.</source>
        <translation>Wählen Sie für die Schlafstörung einen Wert von 0 bis 10 oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Choose a muscle from the list.</source>
        <translation>Wählen Sie einen Muskel aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a side from the list.</source>
        <translation>Wählen Sie eine Seite aus der Liste.</translation>
    </message>
    <message>
        <source>Choose what you were doing from the list.</source>
        <translation>Wählen Sie aus der Liste, was Sie gerade getan haben.</translation>
    </message>
    <message>
        <source>Choose the soreness from the list, or leave it empty.</source>
        <translation>Wählen Sie die Schmerzen danach aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Choose whether the relief helped from the list, or leave it empty.</source>
        <translation>Wählen Sie aus der Liste, ob die Linderung geholfen hat, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Nothing was tried, so whether it helped must be left empty. Empty it, or choose what was tried.</source>
        <translation>Es wurde nichts versucht, daher muss „Hat es geholfen?“ leer bleiben. Leeren Sie das Feld oder wählen Sie, was versucht wurde.</translation>
    </message>
    <message>
        <source>Choose triggers only from the list.</source>
        <translation>Wählen Sie Auslöser nur aus der Liste.</translation>
    </message>
    <message>
        <source>Choose relief only from the list.</source>
        <translation>Wählen Sie Linderung nur aus der Liste.</translation>
    </message>
    <message>
        <source>Choose symptoms only from the list.</source>
        <translation>Wählen Sie Beschwerden nur aus der Liste.</translation>
    </message>
    <message>
        <source>Notes must be text.</source>
        <translation>Notizen müssen Text sein.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <source>Shorten the name to 200 characters or fewer.</source>
        <translation>Kürzen Sie den Namen auf höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>Choose a kind of medicine from the list.</source>
        <translation>Wählen Sie eine Art von Medikament aus der Liste.</translation>
    </message>
    <message>
        <source>Enter a valid start date, or leave it empty.</source>
        <translation>Geben Sie ein gültiges Beginndatum ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter a valid stop date, or leave it empty.</source>
        <translation>Geben Sie ein gültiges Enddatum ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The stop date is before the start date. Check both dates.</source>
        <translation>Das Enddatum liegt vor dem Beginndatum. Prüfen Sie beide Daten.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>Die Notiz muss Text sein.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Geben Sie ein gültiges Datum ein.</translation>
    </message>
    <message>
        <source>The answer belongs to no question.</source>
        <translation>Die Antwort gehört zu keiner Frage.</translation>
    </message>
    <message>
        <source>Choose yes, no or unsure, or leave it empty.</source>
        <translation>Wählen Sie Ja, Nein oder Unsicher, oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>Choose a value from 0 to 10, or leave it empty.</source>
        <translation>Wählen Sie einen Wert von 0 bis 10, oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>The time zone offset must be between -14:00 and +14:00.</source>
        <translation>Die Zeitzonenverschiebung muss zwischen -14:00 und +14:00 liegen.</translation>
    </message>
</context>
</TS>
