<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Read about leg cramps, check your risk factors, keep a private log of your cramps and bring a clear report to your doctor.</source>
        <translation>Informez-vous sur les crampes aux jambes, vérifiez vos facteurs de risque, tenez un journal privé de vos crampes et apportez un rapport clair à votre médecin.</translation>
    </message>
    <message>
        <source>This app gives information, not a diagnosis. It does not replace advice from a doctor.</source>
        <translation>Cette application donne des informations, pas un diagnostic. Elle ne remplace pas l&apos;avis d&apos;un médecin.</translation>
    </message>
    <message>
        <source>Your data stays on this computer. The app never connects to the internet.</source>
        <translation>Vos données restent sur cet ordinateur. L&apos;application ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>About Leg Cramp Companion</source>
        <translation>À propos de Leg Cramp Companion</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Python %1, Qt %2, PySide6 %3</source>
        <translation>Python %1, Qt %2, PySide6 %3</translation>
    </message>
    <message>
        <source>Your data folder: %1</source>
        <translation>Votre dossier de données : %1</translation>
    </message>
    <message>
        <source>The full licence texts are in %1.</source>
        <translation>Les textes complets des licences se trouvent dans %1.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion is free software under the GNU General Public Licence, version 3 or later. It comes with no warranty.</source>
        <translation>Leg Cramp Companion est un logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
</context>
<context>
    <name>AdherenceCard</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>N&amp;o, not this time</source>
        <translation>&amp;Non, pas cette fois</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Your experiment: %1</source>
        <translation>Votre essai&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Day %1 of %2. Days not answered so far: %3.</source>
        <translation>Jour&#xa0;%1 sur&#xa0;%2. Jours sans réponse jusqu’ici&#xa0;:&#xa0;%3.</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Non&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>AssessmentHistory</name>
    <message>
        <source>Filled in with version %1</source>
        <translation>Rempli avec la version %1</translation>
    </message>
    <message>
        <source>No checklist done yet. Your completed checklists will be listed here.</source>
        <translation>Vous n&apos;avez pas encore rempli de questionnaire. Vos questionnaires terminés s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Completed checklists</source>
        <translation>Questionnaires terminés</translation>
    </message>
    <message>
        <source>Newest first. Select one to see its results below or beside the list.</source>
        <translation>Du plus récent au plus ancien. Sélectionnez-en un pour voir ses résultats en dessous ou à côté de la liste.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Night cramps are common and usually harmless. Gently stretching your calves and the backs of your thighs before bed reduced night cramps in a small trial. During a cramp, pulling your toes up towards you usually helps the muscle let go.</source>
        <translation>Les crampes nocturnes sont fréquentes et généralement sans gravité. Dans un petit essai, des étirements doux des mollets et de l&apos;arrière des cuisses avant le coucher ont réduit les crampes nocturnes. Pendant une crampe, tirer les orteils vers vous aide généralement le muscle à se relâcher.</translation>
    </message>
    <message>
        <source>Mention this pattern to your doctor, who can check the circulation in your legs.</source>
        <translation>Signalez ce type de douleur à votre médecin, qui pourra vérifier la circulation sanguine dans vos jambes.</translation>
    </message>
    <message>
        <source>Describe this to your doctor: restless legs are looked after differently from cramps.</source>
        <translation>Décrivez-le à votre médecin&#xa0;: le syndrome des jambes sans repos ne se prend pas en charge de la même façon que les crampes.</translation>
    </message>
    <message>
        <source>Tired muscles cramp more easily. Build up training gradually, pace long efforts, and gently stretch the muscle if a cramp starts.</source>
        <translation>Les muscles fatigués ont plus facilement des crampes. Augmentez l&apos;entraînement progressivement, dosez vos efforts longs et étirez doucement le muscle si une crampe commence.</translation>
    </message>
    <message>
        <source>Drink regularly through the day, guided by thirst. There is no need to force extra water: drinking well beyond thirst can be harmful. Night cramps are probably not mainly caused by fluids or salts.</source>
        <translation>Buvez régulièrement au cours de la journée, en vous fiant à votre soif. Inutile de vous forcer à boire davantage&#xa0;: boire bien au-delà de sa soif peut être dangereux. Les crampes nocturnes ne sont probablement pas dues principalement aux liquides ou aux sels minéraux.</translation>
    </message>
    <message>
        <source>After prolonged heavy sweating, replacing some salt as well as fluid can help, for example with a salty snack or a sports drink, while drinking to thirst. If you have high blood pressure, heart disease or kidney disease, check with a doctor first.</source>
        <translation>Après une transpiration abondante et prolongée, remplacer un peu de sel en plus des liquides peut aider, par exemple avec un en-cas salé ou une boisson pour le sport, tout en buvant selon votre soif. Si vous avez une tension artérielle élevée, une maladie du cœur ou une maladie des reins, demandez d&apos;abord l&apos;avis d&apos;un médecin.</translation>
    </message>
    <message>
        <source>During long events, drink when you are thirsty rather than to a schedule or a target. Drinking more than you need can lower the sodium in your blood, which can be dangerous.</source>
        <translation>Pendant les épreuves sportives longues, buvez quand vous avez soif plutôt que selon un horaire ou un objectif. Boire plus que nécessaire peut faire baisser le taux de sodium dans le sang, ce qui peut être dangereux.</translation>
    </message>
    <message>
        <source>Have a drink with salty meals, guided by thirst. A varied diet with fruit, vegetables and nuts supports a healthy balance of minerals.</source>
        <translation>Buvez quelque chose avec les repas salés, en vous fiant à votre soif. Une alimentation variée, avec des fruits, des légumes et des fruits à coque, favorise un bon équilibre des minéraux.</translation>
    </message>
    <message>
        <source>Include this in your report and ask your doctor whether the level should be tested again.</source>
        <translation>Mentionnez-le dans votre rapport et demandez à votre médecin s&apos;il faut refaire un dosage.</translation>
    </message>
    <message>
        <source>Note which supplements you take and bring the list to your doctor. Magnesium is unlikely to help night cramps in older adults. Ask a doctor before starting any supplement.</source>
        <translation>Notez les compléments alimentaires que vous prenez et apportez la liste à votre médecin. Le magnésium a peu de chances d&apos;aider les personnes âgées qui ont des crampes nocturnes. Demandez l&apos;avis d&apos;un médecin avant de commencer tout complément alimentaire.</translation>
    </message>
    <message>
        <source>Never stop a medicine on your own. Bring your list of medicines to your doctor or pharmacist and ask whether any of them could contribute to your cramps.</source>
        <translation>N&apos;arrêtez jamais un médicament de vous-même. Apportez la liste de vos médicaments à votre médecin ou à votre pharmacien et demandez si l&apos;un d&apos;eux pourrait contribuer à vos crampes.</translation>
    </message>
    <message>
        <source>Cramps can be linked to this condition. Tell the doctor who looks after it about your cramps, and bring your log.</source>
        <translation>Les crampes peuvent être liées à cette maladie. Parlez de vos crampes au médecin qui vous suit pour cette maladie et apportez votre journal.</translation>
    </message>
    <message>
        <source>Cramps are common in the later months of pregnancy. Mention them to your midwife or doctor.</source>
        <translation>Les crampes sont fréquentes pendant les derniers mois de la grossesse. Parlez-en à votre sage-femme ou à votre médecin.</translation>
    </message>
    <message>
        <source>Heavy drinking is linked with cramps. Your doctor can help if you would like support to cut down.</source>
        <translation>Une consommation importante d&apos;alcool est associée aux crampes. Votre médecin peut vous aider si vous souhaitez de l&apos;aide pour réduire votre consommation.</translation>
    </message>
    <message>
        <source>Break up long spells of standing or sitting by walking about and gently stretching your calves.</source>
        <translation>Interrompez les longues périodes en position debout ou assise en marchant un peu et en étirant doucement vos mollets.</translation>
    </message>
    <message>
        <source>Increase training gradually and allow time to recover: overworked muscles may not relax properly.</source>
        <translation>Augmentez l&apos;entraînement progressivement et prévoyez du temps pour récupérer&#xa0;: des muscles surmenés peuvent ne pas se relâcher correctement.</translation>
    </message>
    <message>
        <source>A short routine of calf and hamstring stretches before bed reduced night cramps in one trial. The evidence is limited, but gentle stretching is safe for most people.</source>
        <translation>Dans un essai, une courte série d&apos;étirements des mollets et des ischio-jambiers (arrière des cuisses) avant le coucher a réduit les crampes nocturnes. Les preuves sont limitées, mais des étirements doux sont sans danger pour la plupart des personnes.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Cramp pattern</source>
        <translation>Profil des crampes</translation>
    </message>
    <message>
        <source>When and how your cramps usually come.</source>
        <translation>Quand et comment vos crampes surviennent habituellement.</translation>
    </message>
    <message>
        <source>Fluids, salt and electrolytes</source>
        <translation>Liquides, sel et électrolytes</translation>
    </message>
    <message>
        <source>What you drink, how much you sweat, and supplements.</source>
        <translation>Ce que vous buvez, combien vous transpirez, et les compléments alimentaires.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Health conditions</source>
        <translation>Problèmes de santé</translation>
    </message>
    <message>
        <source>Some conditions make cramps more likely.</source>
        <translation>Certaines maladies rendent les crampes plus probables.</translation>
    </message>
    <message>
        <source>Fatigue and activity</source>
        <translation>Fatigue et activité</translation>
    </message>
    <message>
        <source>How you use and rest your legs.</source>
        <translation>Comment vous sollicitez et reposez vos jambes.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Retentissement</translation>
    </message>
    <message>
        <source>How much cramps affect you, from 0 (not at all) to 10.</source>
        <translation>À quel point les crampes vous gênent, de 0 (pas du tout) à 10.</translation>
    </message>
    <message>
        <source>This is information to discuss with your doctor, not a diagnosis. Links with cramps are associations and do not prove a cause.</source>
        <translation>Ce sont des informations à discuter avec votre médecin, pas un diagnostic. Les liens avec les crampes sont des associations et ne prouvent pas une cause.</translation>
    </message>
    <message>
        <source>Started or changed in the last 3 months: a recent change makes a link more worth asking about.</source>
        <translation>Commencé ou modifié au cours des 3 derniers mois&#xa0;: un changement récent rend un lien d&apos;autant plus utile à signaler.</translation>
    </message>
    <message>
        <source>You were not sure about this, so it is not counted either way. It may be worth finding out, or asking your doctor or pharmacist.</source>
        <translation>Vous ne saviez pas&#xa0;; ce point n&apos;est donc compté ni comme oui ni comme non. Il peut être utile de vous renseigner, ou de poser la question à votre médecin ou à votre pharmacien.</translation>
    </message>
    <message>
        <source>You were not sure about this warning sign. If it does apply to you, do not wait: follow the action shown.</source>
        <translation>Vous ne saviez pas pour ce signe d&apos;alerte. S&apos;il vous concerne, n&apos;attendez pas&#xa0;: suivez la consigne indiquée.</translation>
    </message>
    <message>
        <source>You were not sure whether this medicine was started, or its dose changed, in the last 3 months. A recent change makes a link more worth asking about: your doctor or pharmacist can check.</source>
        <translation>Vous ne saviez pas si ce médicament avait été commencé, ou sa dose modifiée, au cours des 3 derniers mois. Un changement récent rend un lien d&apos;autant plus utile à signaler&#xa0;: votre médecin ou votre pharmacien peut vérifier.</translation>
    </message>
    <message>
        <source>No concern found</source>
        <translation>Aucun point d&apos;attention</translation>
    </message>
    <message>
        <source>Was it started, or its dose changed, in the last 3 months?</source>
        <translation>Ce médicament a-t-il été commencé, ou sa dose modifiée, au cours des 3 derniers mois&#xa0;?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Pas du tout</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Énormément</translation>
    </message>
    <message>
        <source>Have you had leg pain or swelling together with sudden shortness of breath or chest pain?</source>
        <translation>Avez-vous eu une douleur ou un gonflement de la jambe accompagné d&apos;un essoufflement soudain ou d&apos;une douleur dans la poitrine&#xa0;?</translation>
    </message>
    <message>
        <source>Have cramps come with confusion, a seizure, fainting, repeated vomiting or collapse, for example after long exercise or after drinking far more water than usual?</source>
        <translation>Vos crampes se sont-elles accompagnées de confusion, d&apos;une crise convulsive, d&apos;un évanouissement, de vomissements répétés ou d&apos;un malaise avec chute, par exemple après un effort long ou après avoir bu beaucoup plus d&apos;eau que d&apos;habitude&#xa0;?</translation>
    </message>
    <message>
        <source>Is one calf swollen, warm, red or tender?</source>
        <translation>Un de vos mollets est-il gonflé, chaud, rouge ou douloureux au toucher&#xa0;?</translation>
    </message>
    <message>
        <source>Have you had dark, cola-coloured urine together with severe muscle pain or weakness?</source>
        <translation>Avez-vous eu des urines foncées, couleur cola, avec une douleur musculaire intense ou une faiblesse&#xa0;?</translation>
    </message>
    <message>
        <source>Have you had a cramp that lasted more than 10 minutes and did not ease?</source>
        <translation>Avez-vous eu une crampe qui a duré plus de 10 minutes sans se calmer&#xa0;?</translation>
    </message>
    <message>
        <source>Did your cramps begin after a dirty wound, or after contact with lead or mercury?</source>
        <translation>Vos crampes ont-elles commencé après une plaie souillée, ou après un contact avec du plomb ou du mercure&#xa0;?</translation>
    </message>
    <message>
        <source>Have you had nausea, headache or weakness along with cramps after endurance exercise or while taking a water pill (diuretic)?</source>
        <translation>Avez-vous eu des nausées, des maux de tête ou une faiblesse avec des crampes après un effort d&apos;endurance, ou alors que vous prenez un diurétique (médicament qui fait uriner)&#xa0;?</translation>
    </message>
    <message>
        <source>Have you noticed weakness or wasting (thinning) of a leg muscle?</source>
        <translation>Avez-vous remarqué une faiblesse ou une fonte (amincissement) d&apos;un muscle de la jambe&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have numbness in your legs or feet?</source>
        <translation>Avez-vous des engourdissements dans les jambes ou les pieds&#xa0;?</translation>
    </message>
    <message>
        <source>Are your legs or feet swollen?</source>
        <translation>Vos jambes ou vos pieds sont-ils gonflés&#xa0;?</translation>
    </message>
    <message>
        <source>Do your cramps come mostly at night or while you are resting?</source>
        <translation>Vos crampes surviennent-elles surtout la nuit ou au repos&#xa0;?</translation>
    </message>
    <message>
        <source>Do you get leg pain when walking that eases within a few minutes of rest?</source>
        <translation>Avez-vous une douleur dans la jambe en marchant, qui se calme en quelques minutes de repos&#xa0;?</translation>
    </message>
    <message>
        <source>Is it mainly an uncomfortable urge to move your legs that eases when you move, rather than a hard, painful knot?</source>
        <translation>S&apos;agit-il surtout d&apos;un besoin désagréable de bouger les jambes, qui se calme quand vous bougez, plutôt que d&apos;une contraction dure et douloureuse&#xa0;?</translation>
    </message>
    <message>
        <source>Do your cramps come during or after long or hard exercise?</source>
        <translation>Vos crampes surviennent-elles pendant ou après un effort long ou intense&#xa0;?</translation>
    </message>
    <message>
        <source>Do you get cramps often, for example several times a week?</source>
        <translation>Avez-vous souvent des crampes, par exemple plusieurs fois par semaine&#xa0;?</translation>
    </message>
    <message>
        <source>Do your cramps come without any obvious trigger, such as hard exercise or long standing?</source>
        <translation>Vos crampes surviennent-elles sans déclencheur évident, comme un effort intense ou une longue station debout&#xa0;?</translation>
    </message>
    <message>
        <source>Have your cramps kept coming despite regular stretching or other self-care?</source>
        <translation>Vos crampes continuent-elles malgré des étirements réguliers ou d&apos;autres mesures personnelles&#xa0;?</translation>
    </message>
    <message>
        <source>Do you usually drink little during the day?</source>
        <translation>Buvez-vous habituellement peu au cours de la journée&#xa0;?</translation>
    </message>
    <message>
        <source>Do you often sweat heavily for long periods, in heat or during exercise?</source>
        <translation>Transpirez-vous souvent beaucoup pendant de longues périodes, à la chaleur ou pendant un effort&#xa0;?</translation>
    </message>
    <message>
        <source>During events lasting more than 2 to 4 hours, do you drink plain water to a schedule or target, even when you are not thirsty?</source>
        <translation>Pendant les épreuves sportives de plus de 2 à 4 heures, buvez-vous de l&apos;eau plate selon un horaire ou un objectif, même quand vous n&apos;avez pas soif&#xa0;?</translation>
    </message>
    <message>
        <source>Do you often eat very salty meals without much to drink?</source>
        <translation>Mangez-vous souvent des repas très salés sans boire grand-chose&#xa0;?</translation>
    </message>
    <message>
        <source>Has a doctor told you that your sodium, potassium, magnesium or calcium level was low?</source>
        <translation>Un médecin vous a-t-il dit que votre taux de sodium, de potassium, de magnésium ou de calcium était bas&#xa0;?</translation>
    </message>
    <message>
        <source>Do you take magnesium, potassium or salt supplements for your cramps?</source>
        <translation>Prenez-vous des compléments de magnésium, de potassium ou de sel contre vos crampes&#xa0;?</translation>
    </message>
    <message>
        <source>Do you take any medicines regularly, with or without a prescription? Supplements were asked about earlier.</source>
        <translation>Prenez-vous régulièrement des médicaments, avec ou sans ordonnance&#xa0;? Les compléments alimentaires ont été abordés dans une question précédente.</translation>
    </message>
    <message>
        <source>Do you take a water pill (diuretic), for example for blood pressure or swelling?</source>
        <translation>Prenez-vous un diurétique (médicament qui fait uriner), par exemple pour la tension artérielle ou contre un gonflement&#xa0;?</translation>
    </message>
    <message>
        <source>Do you take a statin to lower cholesterol, such as atorvastatin or simvastatin?</source>
        <translation>Prenez-vous une statine pour faire baisser le cholestérol, comme l&apos;atorvastatine ou la simvastatine&#xa0;?</translation>
    </message>
    <message>
        <source>Do you use a long-acting inhaler for asthma or COPD, such as salmeterol or formoterol, alone or in a combination inhaler?</source>
        <translation>Utilisez-vous un inhalateur à longue durée d&apos;action contre l&apos;asthme ou la BPCO, comme le salmétérol ou le formotérol, seul ou dans un inhalateur combiné&#xa0;?</translation>
    </message>
    <message>
        <source>Do you take any of these: iron sucrose given into a vein, conjugated estrogens, raloxifene, naproxen or teriparatide?</source>
        <translation>Prenez-vous l&apos;un de ces médicaments&#xa0;: fer saccharose injecté dans une veine, œstrogènes conjugués, raloxifène, naproxène ou tériparatide&#xa0;?</translation>
    </message>
    <message>
        <source>Do you take any of these: clonazepam, citalopram, celecoxib, gabapentin or zolpidem?</source>
        <translation>Prenez-vous l&apos;un de ces médicaments&#xa0;: clonazépam, citalopram, célécoxib, gabapentine ou zolpidem&#xa0;?</translation>
    </message>
    <message>
        <source>Did your cramps begin after a medicine was started or changed?</source>
        <translation>Vos crampes ont-elles commencé après le début ou la modification d&apos;un médicament&#xa0;?</translation>
    </message>
    <message>
        <source>Are you pregnant, or could you be?</source>
        <translation>Êtes-vous enceinte, ou pourriez-vous l&apos;être&#xa0;?</translation>
    </message>
    <message>
        <source>Are you in the last three months of pregnancy?</source>
        <translation>Êtes-vous dans les trois derniers mois de votre grossesse&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have diabetes, or nerve damage in your legs or feet (neuropathy)?</source>
        <translation>Avez-vous un diabète, ou une atteinte des nerfs des jambes ou des pieds (neuropathie)&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have a circulation problem or heart disease?</source>
        <translation>Avez-vous un problème de circulation ou une maladie du cœur&#xa0;?</translation>
    </message>
    <message>
        <source>Have you been told you have a narrowing of the spinal canal in your lower back (lumbar spinal stenosis)?</source>
        <translation>Vous a-t-on dit que vous aviez un rétrécissement du canal rachidien dans le bas du dos (canal lombaire étroit)&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have liver disease, such as cirrhosis?</source>
        <translation>Avez-vous une maladie du foie, comme une cirrhose&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have kidney disease, or are you on dialysis?</source>
        <translation>Avez-vous une maladie des reins, ou êtes-vous sous dialyse&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have a thyroid disorder?</source>
        <translation>Avez-vous une maladie de la thyroïde&#xa0;?</translation>
    </message>
    <message>
        <source>Do you have Parkinson&apos;s disease?</source>
        <translation>Avez-vous la maladie de Parkinson&#xa0;?</translation>
    </message>
    <message>
        <source>Do you regularly drink more alcohol than the recommended limits?</source>
        <translation>Buvez-vous régulièrement plus d&apos;alcool que les repères de consommation recommandés&#xa0;?</translation>
    </message>
    <message>
        <source>Do you stand or sit still for long periods on most days?</source>
        <translation>Restez-vous immobile, en position debout ou assise, pendant de longues périodes la plupart des jours&#xa0;?</translation>
    </message>
    <message>
        <source>Have you recently started, or stepped up, hard training?</source>
        <translation>Avez-vous récemment commencé ou intensifié un entraînement intense&#xa0;?</translation>
    </message>
    <message>
        <source>Do you rarely or never stretch your legs?</source>
        <translation>Vous arrive-t-il rarement, voire jamais, d&apos;étirer vos jambes&#xa0;?</translation>
    </message>
    <message>
        <source>How much do cramps disturb your sleep?</source>
        <translation>À quel point les crampes perturbent-elles votre sommeil&#xa0;?</translation>
    </message>
    <message>
        <source>How much do cramps affect your daily life, including the day after a bad night?</source>
        <translation>À quel point les crampes affectent-elles votre vie quotidienne, y compris le lendemain d&apos;une mauvaise nuit&#xa0;?</translation>
    </message>
    <message>
        <source>Cramps mostly at night or at rest</source>
        <translation>Crampes surtout la nuit ou au repos</translation>
    </message>
    <message>
        <source>Cramps that come mostly at night or at rest are common, especially with age, and are usually harmless. Often no single cause is found.</source>
        <translation>Les crampes qui surviennent surtout la nuit ou au repos sont fréquentes, en particulier avec l&apos;âge, et sont généralement sans gravité. Souvent, aucune cause unique n&apos;est trouvée.</translation>
    </message>
    <message>
        <source>Leg pain when walking that eases with rest</source>
        <translation>Douleur de jambe à la marche qui se calme au repos</translation>
    </message>
    <message>
        <source>Pain that comes on with walking and eases within minutes of rest is not a typical cramp. It can be a sign of narrowed arteries in the legs.</source>
        <translation>Une douleur qui apparaît à la marche et se calme en quelques minutes de repos n&apos;est pas une crampe typique. Elle peut être le signe d&apos;un rétrécissement des artères des jambes.</translation>
    </message>
    <message>
        <source>An urge to move the legs</source>
        <translation>Un besoin de bouger les jambes</translation>
    </message>
    <message>
        <source>An uncomfortable urge to move the legs that eases with moving, rather than a hard painful knot, can be restless legs, a different condition.</source>
        <translation>Un besoin désagréable de bouger les jambes, qui se calme en bougeant, plutôt qu&apos;une contraction dure et douloureuse, peut correspondre au syndrome des jambes sans repos, une maladie différente.</translation>
    </message>
    <message>
        <source>Cramps during or after hard exercise</source>
        <translation>Crampes pendant ou après un effort intense</translation>
    </message>
    <message>
        <source>Cramps during or after long or hard exercise are mostly linked to tired, overworked muscles.</source>
        <translation>Les crampes pendant ou après un effort long ou intense sont surtout liées à des muscles fatigués et surmenés.</translation>
    </message>
    <message>
        <source>Drinking little</source>
        <translation>Boire peu</translation>
    </message>
    <message>
        <source>Taking in less fluid than you lose can upset the balance of fluid and salts that muscles need, and can contribute to cramps.</source>
        <translation>Absorber moins de liquide que vous n&apos;en perdez peut perturber l&apos;équilibre en eau et en sels minéraux dont les muscles ont besoin, et peut contribuer aux crampes.</translation>
    </message>
    <message>
        <source>Heavy sweating</source>
        <translation>Transpiration abondante</translation>
    </message>
    <message>
        <source>Heavy sweating in heat or during long exercise loses both water and salt, which can contribute to cramps.</source>
        <translation>Une transpiration abondante, à la chaleur ou pendant un effort long, fait perdre à la fois de l&apos;eau et du sel, ce qui peut contribuer aux crampes.</translation>
    </message>
    <message>
        <source>Drinking beyond thirst during long events</source>
        <translation>Boire au-delà de sa soif pendant les épreuves longues</translation>
    </message>
    <message>
        <source>Drinking more plain water than you need during events longer than 2 to 4 hours can lower the sodium in your blood (exercise-associated hyponatremia), which can be dangerous.</source>
        <translation>Boire plus d&apos;eau plate que nécessaire pendant les épreuves de plus de 2 à 4 heures peut faire baisser le taux de sodium dans le sang (hyponatrémie liée à l&apos;effort), ce qui peut être dangereux.</translation>
    </message>
    <message>
        <source>Salty meals without enough to drink</source>
        <translation>Repas salés sans boire assez</translation>
    </message>
    <message>
        <source>A lot of salt without enough fluid draws water out of cells and can add to dehydration, a known cramp trigger.</source>
        <translation>Beaucoup de sel sans assez de liquide attire l&apos;eau hors des cellules et peut aggraver une déshydratation, un déclencheur connu des crampes.</translation>
    </message>
    <message>
        <source>A low level of sodium, potassium, magnesium or calcium</source>
        <translation>Un taux bas de sodium, de potassium, de magnésium ou de calcium</translation>
    </message>
    <message>
        <source>A low level of one of these minerals in a blood test can make muscles more prone to cramp.</source>
        <translation>Un taux bas de l&apos;un de ces minéraux dans une prise de sang peut rendre les muscles plus sujets aux crampes.</translation>
    </message>
    <message>
        <source>Supplements taken for cramps</source>
        <translation>Compléments pris contre les crampes</translation>
    </message>
    <message>
        <source>Magnesium, potassium or salt supplements are worth recording, so your doctor knows what you take. For magnesium, trials in older adults with night cramps found little or no benefit.</source>
        <translation>Il est utile de noter les compléments de magnésium, de potassium ou de sel, pour que votre médecin sache ce que vous prenez. Pour le magnésium, les essais chez les personnes âgées ayant des crampes nocturnes n&apos;ont montré que peu ou pas de bénéfice.</translation>
    </message>
    <message>
        <source>A water pill (diuretic)</source>
        <translation>Un diurétique (médicament qui fait uriner)</translation>
    </message>
    <message>
        <source>Water pills, especially thiazide and potassium-sparing types, are among the medicines most often linked with cramps. A link does not prove a cause.</source>
        <translation>Les diurétiques, en particulier les thiazidiques et les épargneurs de potassium, font partie des médicaments le plus souvent associés aux crampes. Un lien ne prouve pas une cause.</translation>
    </message>
    <message>
        <source>A statin</source>
        <translation>Une statine</translation>
    </message>
    <message>
        <source>Statins, taken to lower cholesterol, have a weak link with cramps. A link does not prove a cause.</source>
        <translation>Les statines, prises pour faire baisser le cholestérol, ont un lien faible avec les crampes. Un lien ne prouve pas une cause.</translation>
    </message>
    <message>
        <source>A long-acting inhaler for asthma or COPD</source>
        <translation>Un inhalateur à longue durée d&apos;action contre l&apos;asthme ou la BPCO</translation>
    </message>
    <message>
        <source>In a large study, people were about 2.4 times as likely to be treated for cramps after starting a long-acting inhaler such as salmeterol or formoterol. A link does not prove a cause.</source>
        <translation>Dans une grande étude, les personnes avaient environ 2,4 fois plus de risques d&apos;être traitées pour des crampes après avoir commencé un inhalateur à longue durée d&apos;action comme le salmétérol ou le formotérol. Un lien ne prouve pas une cause.</translation>
    </message>
    <message>
        <source>A medicine with a strong link to night cramps</source>
        <translation>Un médicament fortement associé aux crampes nocturnes</translation>
    </message>
    <message>
        <source>Iron sucrose given into a vein, conjugated estrogens, raloxifene, naproxen and teriparatide had the strongest links with night cramps in a review. A link does not prove a cause.</source>
        <translation>Le fer saccharose injecté dans une veine, les œstrogènes conjugués, le raloxifène, le naproxène et le tériparatide avaient les liens les plus forts avec les crampes nocturnes dans une revue. Un lien ne prouve pas une cause.</translation>
    </message>
    <message>
        <source>A medicine reported alongside night cramps</source>
        <translation>Un médicament signalé en même temps que des crampes nocturnes</translation>
    </message>
    <message>
        <source>Clonazepam, citalopram, celecoxib, gabapentin and zolpidem have also been reported alongside night cramps. A link does not prove a cause.</source>
        <translation>Le clonazépam, le citalopram, le célécoxib, la gabapentine et le zolpidem ont aussi été signalés en même temps que des crampes nocturnes. Un lien ne prouve pas une cause.</translation>
    </message>
    <message>
        <source>Later months of pregnancy</source>
        <translation>Derniers mois de la grossesse</translation>
    </message>
    <message>
        <source>Leg cramps are common in the later months of pregnancy.</source>
        <translation>Les crampes aux jambes sont fréquentes pendant les derniers mois de la grossesse.</translation>
    </message>
    <message>
        <source>Diabetes or nerve damage</source>
        <translation>Diabète ou atteinte des nerfs</translation>
    </message>
    <message>
        <source>Diabetes and nerve damage (neuropathy) are linked with cramps.</source>
        <translation>Le diabète et l&apos;atteinte des nerfs (neuropathie) sont associés aux crampes.</translation>
    </message>
    <message>
        <source>Circulation or heart disease</source>
        <translation>Problème de circulation ou maladie du cœur</translation>
    </message>
    <message>
        <source>Problems with the circulation or the heart are linked with cramps.</source>
        <translation>Les problèmes de circulation ou de cœur sont associés aux crampes.</translation>
    </message>
    <message>
        <source>Narrowing of the spinal canal in the lower back</source>
        <translation>Rétrécissement du canal rachidien dans le bas du dos</translation>
    </message>
    <message>
        <source>Narrowing of the spinal canal in the lower back (lumbar spinal stenosis) can press on nerves and is linked with leg cramps.</source>
        <translation>Le rétrécissement du canal rachidien dans le bas du dos (canal lombaire étroit) peut comprimer des nerfs et est associé aux crampes aux jambes.</translation>
    </message>
    <message>
        <source>Liver disease</source>
        <translation>Maladie du foie</translation>
    </message>
    <message>
        <source>Liver disease, including cirrhosis, is linked with cramps.</source>
        <translation>Les maladies du foie, dont la cirrhose, sont associées aux crampes.</translation>
    </message>
    <message>
        <source>Kidney disease or dialysis</source>
        <translation>Maladie des reins ou dialyse</translation>
    </message>
    <message>
        <source>Kidney disease, and dialysis in particular, is linked with cramps.</source>
        <translation>Les maladies des reins, et en particulier la dialyse, sont associées aux crampes.</translation>
    </message>
    <message>
        <source>A thyroid disorder</source>
        <translation>Une maladie de la thyroïde</translation>
    </message>
    <message>
        <source>Thyroid disorders are linked with cramps.</source>
        <translation>Les maladies de la thyroïde sont associées aux crampes.</translation>
    </message>
    <message>
        <source>Parkinson&apos;s disease</source>
        <translation>Maladie de Parkinson</translation>
    </message>
    <message>
        <source>Parkinson&apos;s disease is linked with cramps.</source>
        <translation>La maladie de Parkinson est associée aux crampes.</translation>
    </message>
    <message>
        <source>Heavy alcohol use</source>
        <translation>Consommation importante d&apos;alcool</translation>
    </message>
    <message>
        <source>Regular heavy drinking is linked with cramps.</source>
        <translation>Une consommation importante et régulière d&apos;alcool est associée aux crampes.</translation>
    </message>
    <message>
        <source>Long spells of standing or sitting</source>
        <translation>Longues périodes en position debout ou assise</translation>
    </message>
    <message>
        <source>Standing or sitting still for long periods is linked with cramps.</source>
        <translation>Rester immobile, en position debout ou assise, pendant de longues périodes est associé aux crampes.</translation>
    </message>
    <message>
        <source>New or harder training</source>
        <translation>Entraînement nouveau ou plus intense</translation>
    </message>
    <message>
        <source>Starting or stepping up hard training tires muscles, and tired, overworked muscles cramp more easily.</source>
        <translation>Commencer ou intensifier un entraînement intense fatigue les muscles, et des muscles fatigués et surmenés ont plus facilement des crampes.</translation>
    </message>
    <message>
        <source>No regular stretching</source>
        <translation>Pas d&apos;étirements réguliers</translation>
    </message>
    <message>
        <source>Regular stretching keeps muscles flexible and may reduce night cramps.</source>
        <translation>Des étirements réguliers gardent les muscles souples et pourraient réduire les crampes nocturnes.</translation>
    </message>
    <message>
        <source>Drink when you are thirsty rather than to a daily target. Forcing extra water does not prevent cramps and can lower the sodium in your blood. If you were told to drink a set amount for a medical reason, ask your doctor before changing it.</source>
        <translation>Buvez quand vous avez soif plutôt que pour atteindre une quantité quotidienne. Se forcer à boire davantage d&apos;eau ne prévient pas les crampes et peut faire baisser le sodium dans le sang. Si l&apos;on vous a prescrit une quantité à boire pour une raison médicale, demandez à votre médecin avant d&apos;y changer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Never stop this medicine on your own. Ask your doctor whether a blood test of your magnesium level is due.</source>
        <translation>N&apos;arrêtez jamais ce médicament de vous-même. Demandez à votre médecin si une prise de sang pour contrôler votre magnésium est indiquée.</translation>
    </message>
    <message>
        <source>Mention this to your doctor, who can check the circulation in your legs. If a foot suddenly turns cold, pale or blue, call emergency services.</source>
        <translation>Parlez-en à votre médecin, qui peut vérifier la circulation dans vos jambes. Si un pied devient soudain froid, pâle ou bleu, appelez les services d&apos;urgence.</translation>
    </message>
    <message>
        <source>A few symptoms need a doctor soon or straight away. Most questions ask about now or the last 7 days.</source>
        <translation>Certains symptômes demandent un médecin bientôt ou immédiatement. La plupart des questions portent sur maintenant ou les 7 derniers jours.</translation>
    </message>
    <message>
        <source>Some medicines are linked to cramps. A link is something to ask about, not a reason to stop: never stop a medicine on your own. Count inhalers, injections, infusions and painkillers you buy yourself as medicines too.</source>
        <translation>Certains médicaments sont associés aux crampes. Un lien est une raison de poser la question, pas d&apos;arrêter : n&apos;arrêtez jamais un médicament de vous-même. Comptez aussi comme médicaments les inhalateurs, les injections, les perfusions et les antidouleurs achetés sans ordonnance.</translation>
    </message>
    <message>
        <source>You did not answer this warning question, so the checklist cannot rule it out. If it does apply to you, do not wait: follow the action shown.</source>
        <translation>Vous n&apos;avez pas répondu à cette question d&apos;alerte, la liste ne peut donc pas l&apos;écarter. Si elle vous concerne, n&apos;attendez pas : suivez la conduite indiquée.</translation>
    </message>
    <message>
        <source>You answered “no” to every warning question, and your answers did not point to a known risk factor. If your cramps trouble you, change or get worse, talk to your doctor.</source>
        <translation>Vous avez répondu « non » à toutes les questions d&apos;alerte, et vos réponses n&apos;ont indiqué aucun facteur de risque connu. Si vos crampes vous gênent, changent ou s&apos;aggravent, parlez-en à votre médecin.</translation>
    </message>
    <message>
        <source>Reasons for an appointment</source>
        <translation>Raisons de prendre rendez-vous</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>To check: not answered or not sure</source>
        <translation>À vérifier : sans réponse ou pas sûr</translation>
    </message>
    <message>
        <source>Symptoms that may be another condition</source>
        <translation>Symptômes qui peuvent relever d&apos;une autre affection</translation>
    </message>
    <message>
        <source>Warning signs: %1</source>
        <translation>Signes d&apos;alerte : %1</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>à vérifier : %1</translation>
    </message>
    <message>
        <source>Reasons for an appointment: %1</source>
        <translation>Raisons de prendre rendez-vous : %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Constats : %1</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had leg pain or swelling together with sudden shortness of breath or chest pain?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, avez-vous eu une douleur ou un gonflement de jambe avec un essoufflement soudain ou une douleur dans la poitrine ?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has a leg or foot suddenly become painful and cold, pale or blue, or numb or weak?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, une jambe ou un pied est-il devenu soudain douloureux et froid, pâle ou bleu, ou engourdi ou faible ?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had sudden weakness or numbness of a leg, an arm or your face, or sudden trouble speaking?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, avez-vous eu une faiblesse ou un engourdissement soudain d&apos;une jambe, d&apos;un bras ou du visage, ou une difficulté soudaine à parler ?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had back pain together with numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, avez-vous eu mal au dos avec un engourdissement entre les jambes ou autour des fesses, ou de nouveaux troubles pour contrôler la vessie ou les intestins ?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have cramps come with confusion, a seizure, fainting, repeated vomiting or collapse, for example after long exercise or after drinking far more water than usual?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, des crampes se sont-elles accompagnées de confusion, d&apos;une crise convulsive, d&apos;un évanouissement, de vomissements répétés ou d&apos;un malaise grave, par exemple après un long effort ou après avoir bu beaucoup plus d&apos;eau que d&apos;habitude ?</translation>
    </message>
    <message>
        <source>After a wound, have you had a stiff jaw, trouble swallowing, or painful muscle spasms that spread, now or in the last 7 days?</source>
        <translation>Après une plaie, avez-vous eu maintenant ou au cours des 7 derniers jours une mâchoire raide, du mal à avaler ou des spasmes musculaires douloureux qui s&apos;étendent ?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has one calf been swollen, warm, red or tender?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, un mollet a-t-il été gonflé, chaud, rouge ou sensible ?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had dark, cola-coloured urine together with severe muscle pain or weakness?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, avez-vous eu des urines foncées, couleur cola, avec de fortes douleurs musculaires ou une faiblesse ?</translation>
    </message>
    <message>
        <source>In the last 7 days, have you had a cramp that lasted more than 10 minutes and did not ease?</source>
        <translation>Au cours des 7 derniers jours, avez-vous eu une crampe qui a duré plus de 10 minutes sans se calmer ?</translation>
    </message>
    <message>
        <source>Have your cramps begun in the last 7 days, after a dirty wound?</source>
        <translation>Vos crampes ont-elles commencé au cours des 7 derniers jours, après une plaie souillée ?</translation>
    </message>
    <message>
        <source>Have your cramps begun in the last 7 days, after contact with lead or mercury?</source>
        <translation>Vos crampes ont-elles commencé au cours des 7 derniers jours, après un contact avec du plomb ou du mercure ?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had nausea, headache or weakness along with cramps after endurance exercise or while taking a water pill (diuretic)?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, avez-vous eu des nausées, des maux de tête ou une faiblesse avec des crampes après un effort d&apos;endurance ou en prenant un diurétique ?</translation>
    </message>
    <message>
        <source>Do you get foot or leg pain at rest at night that eases when you hang your leg down, or sores on your feet or legs that do not heal?</source>
        <translation>Avez-vous la nuit, au repos, des douleurs du pied ou de la jambe qui se calment quand vous laissez pendre la jambe, ou des plaies aux pieds ou aux jambes qui ne guérissent pas ?</translation>
    </message>
    <message>
        <source>Did you have any of the sudden symptoms asked about above more than 7 days ago, and they have passed?</source>
        <translation>Avez-vous eu l&apos;un des symptômes soudains demandés ci-dessus il y a plus de 7 jours, et il est passé depuis ?</translation>
    </message>
    <message>
        <source>On most days, do you make yourself drink water well beyond thirst, for example to reach a daily target?</source>
        <translation>La plupart des jours, vous forcez-vous à boire de l&apos;eau bien au-delà de votre soif, par exemple pour atteindre une quantité quotidienne ?</translation>
    </message>
    <message>
        <source>Have you taken a proton pump inhibitor for stomach acid, such as omeprazole, lansoprazole, pantoprazole or esomeprazole, for a year or longer?</source>
        <translation>Prenez-vous depuis un an ou plus un inhibiteur de la pompe à protons contre l&apos;acidité gastrique, comme l&apos;oméprazole, le lansoprazole, le pantoprazole ou l&apos;ésoméprazole ?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has back pain come with numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel?</source>
        <translation>Maintenant ou au cours des 7 derniers jours, le mal de dos s&apos;est-il accompagné d&apos;un engourdissement entre les jambes ou autour des fesses, ou de nouveaux troubles pour contrôler la vessie ou les intestins ?</translation>
    </message>
    <message>
        <source>Drinking well beyond thirst every day</source>
        <translation>Boire chaque jour bien au-delà de la soif</translation>
    </message>
    <message>
        <source>Drinking much more water than your body asks for, day after day, can lower the sodium in your blood. Cramps are not prevented by drinking extra.</source>
        <translation>Boire jour après jour beaucoup plus d&apos;eau que le corps n&apos;en demande peut faire baisser le sodium dans le sang. Boire davantage ne prévient pas les crampes.</translation>
    </message>
    <message>
        <source>A proton pump inhibitor for stomach acid, taken for a long time</source>
        <translation>Un inhibiteur de la pompe à protons contre l&apos;acidité gastrique, pris depuis longtemps</translation>
    </message>
    <message>
        <source>Taking a proton pump inhibitor, such as omeprazole or lansoprazole, for a long time can lower the magnesium in the blood, and a low magnesium level can make muscles cramp.</source>
        <translation>Prendre longtemps un inhibiteur de la pompe à protons, comme l&apos;oméprazole ou le lansoprazole, peut faire baisser le magnésium dans le sang, et un magnésium bas peut favoriser les crampes.</translation>
    </message>
</context>
<context>
    <name>ChecklistResults</name>
    <message>
        <source>Completed on %1 at %2.</source>
        <translation>Rempli le %1 à %2.</translation>
    </message>
    <message>
        <source>Worth checking</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Questions not answered: %1. They are not counted either way, so these results may miss something.</source>
        <translation>Questions sans réponse&#xa0;: %1. Elles ne sont comptées ni comme oui ni comme non&#xa0;; ces résultats peuvent donc passer à côté de quelque chose.</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>Read more: %1</source>
        <translation>En savoir plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opens the article at the section about this.</source>
        <translation>Ouvre l&apos;article à la section qui traite de ce sujet.</translation>
    </message>
    <message>
        <source>If this applies to you: %1</source>
        <translation>Si cela vous concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>What may help</source>
        <translation>Ce qui peut aider</translation>
    </message>
    <message>
        <source>You answered “not sure” to these. They are not counted either way; finding out, or asking your doctor or pharmacist, may be worth it.</source>
        <translation>Vous avez répondu «&#xa0;Je ne sais pas&#xa0;» à ces questions. Elles ne sont comptées ni comme oui ni comme non&#xa0;; il peut être utile de vous renseigner, ou de poser la question à votre médecin ou à votre pharmacien.</translation>
    </message>
    <message>
        <source>This is your first checklist.</source>
        <translation>C&apos;est votre premier questionnaire.</translation>
    </message>
    <message>
        <source>What changed since last time</source>
        <translation>Ce qui a changé depuis la dernière fois</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Ce qui a changé depuis le %1</translation>
    </message>
    <message>
        <source>Same findings as last time.</source>
        <translation>Mêmes constats que la dernière fois.</translation>
    </message>
    <message>
        <source>New this time</source>
        <translation>Nouveau cette fois</translation>
    </message>
    <message>
        <source>No longer found</source>
        <translation>Plus constaté</translation>
    </message>
    <message>
        <source>Found last time too: %1</source>
        <translation>Déjà constatés la dernière fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sure: %1</source>
        <translation>Réponse «&#xa0;Je ne sais pas&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning sign: %1</source>
        <translation>Signe d&apos;alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your checklist results</source>
        <translation>Résultats de votre questionnaire</translation>
    </message>
    <message>
        <source>Do the checklist again</source>
        <translation>Refaire le questionnaire</translation>
    </message>
    <message>
        <source>Do the checklist &amp;again</source>
        <translation>&amp;Refaire le questionnaire</translation>
    </message>
    <message>
        <source>Checklist results</source>
        <translation>Résultats du questionnaire</translation>
    </message>
    <message>
        <source>Try this for 4 weeks…</source>
        <translation>Essayer pendant 4 semaines…</translation>
    </message>
    <message>
        <source>Try this for 4 weeks: %1</source>
        <translation>Essayer pendant 4 semaines&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Risk factors and possible contributing factors</source>
        <translation>Facteurs de risque et facteurs qui peuvent contribuer</translation>
    </message>
    <message>
        <source>You did not answer these warning questions, or were not sure. Each could need help quickly: if one applies to you, do what it says.</source>
        <translation>Vous n&apos;avez pas répondu à ces questions d&apos;alerte, ou n&apos;étiez pas sûr. Chacune peut demander une aide rapide : si l&apos;une vous concerne, faites ce qu&apos;elle indique.</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Sans réponse : %1</translation>
    </message>
    <message>
        <source>Reason for an appointment: %1</source>
        <translation>Raison de prendre rendez-vous : %1</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <source>Start again?</source>
        <translation>Recommencer&#xa0;?</translation>
    </message>
    <message>
        <source>Start a new checklist? The answers of the checklist you did not finish will be discarded.</source>
        <translation>Commencer un nouveau questionnaire&#xa0;? Les réponses du questionnaire que vous n&apos;avez pas terminé seront supprimées.</translation>
    </message>
    <message>
        <source>Your data could not be used</source>
        <translation>Vos données n&apos;ont pas pu être utilisées</translation>
    </message>
</context>
<context>
    <name>ChecklistStart</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Questionnaire sur les facteurs de risque</translation>
    </message>
    <message>
        <source>%1 short sections of yes, no or not sure questions about your cramps, what you drink, your medicines and your health. It takes about five minutes. At the end you see what is worth raising with your doctor, and why.</source>
        <translation>%1 courtes sections de questions (oui, non ou je ne sais pas) sur vos crampes, ce que vous buvez, vos médicaments et votre santé. Cela prend environ cinq minutes. À la fin, vous voyez ce qui mérite d&apos;être abordé avec votre médecin, et pourquoi.</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Reprendre où vous en étiez</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Reprendre où vous en étiez</translation>
    </message>
    <message>
        <source>See your last results</source>
        <translation>Voir vos derniers résultats</translation>
    </message>
    <message>
        <source>See your last &amp;results</source>
        <translation>Voir vos &amp;derniers résultats</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Commencer le questionnaire</translation>
    </message>
    <message>
        <source>You have a checklist you did not finish.</source>
        <translation>Vous avez un questionnaire que vous n&apos;avez pas terminé.</translation>
    </message>
    <message>
        <source>You have not filled in the checklist yet.</source>
        <translation>Vous n&apos;avez pas encore rempli le questionnaire.</translation>
    </message>
    <message>
        <source>You last filled it in on %1.</source>
        <translation>Vous l&apos;avez rempli pour la dernière fois le %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistStatus</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Questionnaire sur les facteurs de risque</translation>
    </message>
    <message>
        <source>You have not filled in the risk-factor checklist yet.</source>
        <translation>Vous n&apos;avez pas encore rempli le questionnaire sur les facteurs de risque.</translation>
    </message>
    <message>
        <source>It asks about your cramps, your health and your medicines, and shows what is worth discussing with your doctor.</source>
        <translation>Il porte sur vos crampes, votre santé et vos médicaments, et montre ce qui mérite d&apos;être abordé avec votre médecin.</translation>
    </message>
    <message>
        <source>Start the &amp;checklist</source>
        <translation>Commencer le &amp;questionnaire</translation>
    </message>
    <message>
        <source>You last filled in the risk-factor checklist on %1.</source>
        <translation>Vous avez rempli le questionnaire sur les facteurs de risque pour la dernière fois le %1.</translation>
    </message>
    <message>
        <source>Do the &amp;checklist again</source>
        <translation>Refaire le &amp;questionnaire</translation>
    </message>
    <message>
        <source>Open the &amp;checklist</source>
        <translation>Ouvrir le &amp;questionnaire</translation>
    </message>
    <message>
        <source>You have a checklist you did not finish: continue where you left off.</source>
        <translation>Vous avez un questionnaire non terminé&#xa0;: reprenez là où vous vous étiez arrêté.</translation>
    </message>
    <message>
        <source>Continue the &amp;checklist</source>
        <translation>Reprendre le &amp;questionnaire</translation>
    </message>
    <message>
        <source>%1 Warning sign in your answers: %2.</source>
        <translation>%1 Signe d&apos;alerte dans vos réponses&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Its result: %1.</source>
        <translation>Résultat&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Same findings as the one before.</source>
        <translation>Mêmes constats que le précédent.</translation>
    </message>
    <message>
        <source>Since the one before: new findings: %1 · no longer found: %2.</source>
        <translation>Depuis le précédent&#xa0;: nouveaux constats&#xa0;: %1 · plus constatés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>It is more than 3 months old: worth doing again.</source>
        <translation>Il date de plus de 3 mois&#xa0;: il serait utile de le refaire.</translation>
    </message>
    <message>
        <source>You have logged a warning sign since then: worth doing again.</source>
        <translation>Vous avez noté un signe d&apos;alerte depuis&#xa0;: il serait utile de le refaire.</translation>
    </message>
    <message>
        <source>No concern found</source>
        <translation>Aucun point d&apos;attention</translation>
    </message>
    <message>
        <source>Warning sign in your answers: %1. Tell your doctor about it, and do the checklist again if anything has changed.</source>
        <translation>Signe d&apos;alerte dans vos réponses : %1. Parlez-en à votre médecin, et refaites la liste si quelque chose a changé.</translation>
    </message>
    <message>
        <source>1 warning question not answered or answered “not sure”. If it applies to you, do what the results say.</source>
        <translation>1 question d&apos;alerte sans réponse ou répondue « pas sûr ». Si elle vous concerne, faites ce qu&apos;indiquent les résultats.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning questions not answered or answered “not sure”. If one applies to you, do what the results say.</source>
        <translation>
            <numerusform>%n question d&apos;alerte sans réponse ou répondue « pas sûr ». Si elle vous concerne, faites ce qu&apos;indiquent les résultats.</numerusform>
            <numerusform>%n questions d&apos;alerte sans réponse ou répondues « pas sûr ». Si l&apos;une vous concerne, faites ce qu&apos;indiquent les résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Reason for an appointment in your answers: %2.</source>
        <translation>%1 Raison de prendre rendez-vous dans vos réponses : %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Questionnaire sur les facteurs de risque</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Progression du questionnaire</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>E&amp;nregistrer et fermer</translation>
    </message>
    <message>
        <source>Keep your answers and come back later (Esc)</source>
        <translation>Conserver vos réponses et revenir plus tard (Échap)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Finish the checklist</source>
        <translation>Terminer le questionnaire</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>From your medication list: %1, started on %2</source>
        <translation>D&apos;après votre liste de médicaments&#xa0;: %1, commencé le %2</translation>
    </message>
    <message>
        <source>From your medication list: %1</source>
        <translation>D&apos;après votre liste de médicaments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation>Section %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>1 question is not answered; it will be listed as unknown, or as one to check if it is a warning question. Press Finish again to finish now, or go back to answer it.</source>
        <translation>1 question n&apos;a pas de réponse&#xa0;; elle sera indiquée comme inconnue, ou à vérifier s&apos;il s&apos;agit d&apos;une question d&apos;alerte. Appuyez de nouveau sur Terminer pour terminer maintenant, ou revenez en arrière pour y répondre.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions are not answered; they will be listed as unknown, and warning questions as ones to check. Press Finish again to finish now, or go back to answer them.</source>
        <translation>
            <numerusform>%n question n&apos;a pas de réponse&#xa0;; elle sera indiquée comme inconnue, ou à vérifier s&apos;il s&apos;agit d&apos;une question d&apos;alerte. Appuyez de nouveau sur Terminer pour terminer maintenant, ou revenez en arrière pour y répondre.</numerusform>
            <numerusform>%n questions n&apos;ont pas de réponse&#xa0;; elles seront indiquées comme inconnues, et les questions d&apos;alerte comme à vérifier. Appuyez de nouveau sur Terminer pour terminer maintenant, ou revenez en arrière pour y répondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning question: %1</source>
        <translation>Question d&apos;alerte : %1</translation>
    </message>
    <message>
        <source>Not answered yet (choose one to answer it):</source>
        <translation>Pas encore de réponse (choisissez-en une pour y répondre) :</translation>
    </message>
    <message>
        <source>Questions not answered</source>
        <translation>Questions sans réponse</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Le dossier des données %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2).</source>
        <translation>Le dossier des données %1 ne peut pas être utilisé (%2).</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1&#xa0;: ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Rien n&apos;a été importé depuis %1.</translation>
    </message>
    <message>
        <source>Episodes imported: %1.</source>
        <translation>Épisodes importés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Episodes exported to %2: %1.</source>
        <translation>Épisodes exportés dans %2&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Backed up your data to %1.</source>
        <translation>Vos données ont été sauvegardées dans %1.</translation>
    </message>
    <message>
        <source>Restored your data from %1.</source>
        <translation>Vos données ont été restaurées à partir de %1.</translation>
    </message>
    <message>
        <source>Your previous data was kept in %1.</source>
        <translation>Vos données précédentes ont été conservées dans %1.</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a file</source>
        <translation>%1 est un fichier</translation>
    </message>
    <message>
        <source>Report written to %2 (pages: %1).</source>
        <translation>Rapport enregistré dans %2 (pages&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>Le premier jour (%1) est postérieur au dernier jour (%2).</translation>
    </message>
    <message>
        <source>%1 is outside the days a report can cover (%2 to %3).</source>
        <translation>%1 est en dehors des jours qu&apos;un rapport peut couvrir (du %2 au %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-01.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>Impossible d&apos;écrire %1 (%2).</translation>
    </message>
    <message>
        <source>No backup was found.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Your newest backup is %1.</source>
        <translation>Votre sauvegarde la plus récente est %1.</translation>
    </message>
    <message>
        <source>Nothing was done. Open Leg Cramp Companion to restore a backup or to start with empty data, then run the command again.</source>
        <translation>Rien n&apos;a été fait. Ouvrez Leg Cramp Companion pour restaurer une sauvegarde ou commencer avec des données vides, puis relancez la commande.</translation>
    </message>
    <message>
        <source>%1 is in your data folder (%2) or links to a file in it; writing it could destroy your data. Choose a file outside that folder.</source>
        <translation>%1 se trouve dans votre dossier de données (%2) ou renvoie à un fichier de ce dossier ; l&apos;écrire pourrait détruire vos données. Choisissez un fichier hors de ce dossier.</translation>
    </message>
    <message>
        <source>The entry of %1 could not be read (its %2 is not valid); it was left out.</source>
        <translation>L&apos;entrée du %1 n&apos;a pas pu être lue (sa valeur %2 n&apos;est pas valide) ; elle a été omise.</translation>
    </message>
    <message>
        <source>Your data folder already holds %1 records; add --replace to replace them (a backup of them is kept first).</source>
        <translation>Votre dossier de données contient déjà %1 enregistrements ; ajoutez --replace pour les remplacer (une sauvegarde en est faite d&apos;abord).</translation>
    </message>
    <message>
        <source>Records imported: %1.</source>
        <translation>Enregistrements importés : %1.</translation>
    </message>
    <message>
        <source>Records exported to %2: %1.</source>
        <translation>Enregistrements exportés vers %2 : %1.</translation>
    </message>
</context>
<context>
    <name>CompanionFeatures</name>
    <message>
        <source>&amp;Reminders and start at login…</source>
        <translation>&amp;Rappels et démarrage à l’ouverture de session…</translation>
    </message>
</context>
<context>
    <name>CrampApplication</name>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Backup restored. Your previous data was kept as %1.</source>
        <translation>Sauvegarde restaurée. Vos données précédentes ont été conservées sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>row %1: %2: %3</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (the first unreadable character is on line %1). Save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Le fichier n&apos;est pas un texte UTF-8 (le premier caractère illisible se trouve à la ligne %1). Enregistrez-le au format UTF-8 (dans un tableur&#xa0;: «&#xa0;CSV UTF-8&#xa0;») et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Le fichier est un texte UTF-16. Enregistrez-le au format UTF-8 (dans un tableur&#xa0;: «&#xa0;CSV UTF-8&#xa0;») et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds binary data). Choose the CSV file you saved from your spreadsheet.</source>
        <translation>Le fichier n&apos;est pas un fichier texte CSV (il contient des données binaires). Choisissez le fichier CSV que vous avez enregistré depuis votre tableur.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, far more than a diary of cramps needs. Check that you chose the right file.</source>
        <translation>Le fichier dépasse %1 Mo, bien plus qu&apos;il n&apos;en faut pour un journal de crampes. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>the first row names %1 columns; a file of episodes has at most %2</source>
        <translation>la première ligne nomme %1 colonnes ; un fichier d&apos;épisodes en a au plus %2</translation>
    </message>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation>le fichier est vide&#xa0;; la première ligne doit nommer les colonnes</translation>
    </message>
    <message>
        <source>the file is not valid CSV (%1)</source>
        <translation>le fichier n&apos;est pas un CSV valide (%1)</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a value in this row that is never closed, so the rows after it would run into it; close the quote or remove it</source>
        <translation>un guillemet (&quot;) ouvre dans cette ligne une valeur qui n&apos;est jamais fermée, si bien que les lignes suivantes s&apos;y retrouveraient ; fermez le guillemet ou supprimez-le</translation>
    </message>
    <message>
        <source>has %1 values but the first row names %2 columns</source>
        <translation>contient %1 valeurs, mais la première ligne nomme %2 colonnes</translation>
    </message>
    <message>
        <source>unknown columns: %1</source>
        <translation>colonnes inconnues&#xa0;: %1</translation>
    </message>
    <message>
        <source>columns named twice: %1</source>
        <translation>colonnes nommées deux fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>colonnes manquantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the columns must be: %1</source>
        <translation>les colonnes doivent être&#xa0;: %1</translation>
    </message>
    <message>
        <source>(a column without a name)</source>
        <translation>(une colonne sans nom)</translation>
    </message>
    <message>
        <source>is empty; give a date and time like 2024-05-01T23:40</source>
        <translation>est vide&#xa0;; indiquez une date et une heure comme 2024-05-01T23:40</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time like 2024-05-01T23:40 or 2024-05-01T23:40+02:00</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure comme 2024-05-01T23:40 ou 2024-05-01T23:40+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not exist in your time zone (the clocks went forward); give the offset, like 2024-03-31T03:30+02:00</source>
        <translation>&apos;%1&apos; n&apos;a pas existé dans votre fuseau horaire (on a avancé l&apos;heure) ; indiquez le décalage, par exemple 2024-03-31T03:30+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time zone offset with seconds</source>
        <translation>«&#xa0;%1&#xa0;» comporte un fuseau horaire avec des secondes</translation>
    </message>
    <message>
        <source>is empty; give the number of minutes, like 2 or 1.5</source>
        <translation>est vide&#xa0;; indiquez le nombre de minutes, comme 2 ou 1,5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes like 2 or 1.5</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de minutes comme 2 ou 1,5</translation>
    </message>
    <message>
        <source>is empty; give a whole number from 0 to 10</source>
        <translation>est vide&#xa0;; indiquez un nombre entier de 0 à 10</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 0 à 10</translation>
    </message>
    <message>
        <source>is empty; use one of: %1</source>
        <translation>est vide&#xa0;; utilisez l&apos;un de ces codes&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;; use one of: %2</source>
        <translation>code inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un de ces codes&#xa0;: %2</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>… autres problèmes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DataFileGuard</name>
    <message>
        <source>Choose another place</source>
        <translation>Choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>“%1” is in your data folder or links to a file in it. Saving there could destroy your data, so nothing was saved. Choose a file in another folder.</source>
        <translation>« %1 » se trouve dans votre dossier de données ou renvoie à un fichier de ce dossier. L&apos;enregistrer là pourrait détruire vos données, donc rien n&apos;a été enregistré. Choisissez un fichier dans un autre dossier.</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>The file could not be used: %1</source>
        <translation>Le fichier n&apos;a pas pu être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import episodes</source>
        <translation>Importer des épisodes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Episodes imported: %1.</source>
        <translation>Épisodes importés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Importing episodes…</source>
        <translation>Importation des épisodes…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Export episodes</source>
        <translation>Exporter les épisodes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Episodes exported: %1, to %2.</source>
        <translation>Épisodes exportés&#xa0;: %1, dans %2.</translation>
    </message>
    <message>
        <source>Exporting episodes…</source>
        <translation>Exportation des épisodes…</translation>
    </message>
    <message>
        <source>Back up your data</source>
        <translation>Sauvegarder vos données</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Sauvegardes (*.db)</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>Sauvegarde enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Sauvegardes (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace your data?</source>
        <translation>Remplacer vos données&#xa0;?</translation>
    </message>
    <message>
        <source>Replace your current data with the backup “%1”? A copy of your current data is kept in the backups folder first.</source>
        <translation>Remplacer vos données actuelles par la sauvegarde «&#xa0;%1&#xa0;»&#xa0;? Une copie de vos données actuelles est d&apos;abord conservée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Records exported: %1, to %2.</source>
        <translation>Enregistrements exportés : %1, vers %2.</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Exportation de tout…</translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation>Tout importer</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>You already have %1 records. Replace all of them with the %2 records in “%3”? A copy of your current data is kept in the backups folder first.</source>
        <translation>Vous avez déjà %1 enregistrements. Les remplacer tous par les %2 enregistrements de « %3 » ? Une copie de vos données actuelles est d&apos;abord conservée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Records imported: %1.</source>
        <translation>Enregistrements importés : %1.</translation>
    </message>
    <message>
        <source>Your previous data was kept as %1.</source>
        <translation>Vos données précédentes ont été conservées sous %1.</translation>
    </message>
    <message>
        <source>Importing everything…</source>
        <translation>Importation de tout…</translation>
    </message>
    <message>
        <source>The file has problems, so nothing was imported. Fix these and try again:</source>
        <translation>Le fichier comporte des problèmes, rien n&apos;a donc été importé. Corrigez-les et réessayez :</translation>
    </message>
</context>
<context>
    <name>DayFactors</name>
    <message>
        <source>Add what happened &amp;yesterday (optional)</source>
        <translation>Ajouter ce qui s&apos;est passé hi&amp;er (facultatif)</translation>
    </message>
    <message>
        <source>This helps show patterns, such as whether cramps come more often after hot days.</source>
        <translation>Cela aide à repérer des tendances, par exemple si les crampes sont plus fréquentes après les journées chaudes.</translation>
    </message>
    <message>
        <source>Yesterday (tick any that apply):</source>
        <translation>Hier (cochez tout ce qui s&apos;applique)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>You have changed this form. Close it without saving?</source>
        <translation>Vous avez modifié ce formulaire. Le fermer sans enregistrer ?</translation>
    </message>
</context>
<context>
    <name>EpisodeDetails</name>
    <message>
        <source>0 = slept on, 10 = no more sleep that night</source>
        <translation>0 = sommeil intact, 10 = plus de sommeil de la nuit</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Sleep disturbance</source>
        <translation>Perturbation du sommeil</translation>
    </message>
    <message>
        <source>Soreness afterwards</source>
        <translation>Douleur après la crampe</translation>
    </message>
    <message>
        <source>In the 24 hours before</source>
        <translation>Dans les 24 heures précédentes</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Ce que j&apos;ai essayé</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Cela a-t-il aidé&#xa0;?</translation>
    </message>
    <message>
        <source>Along with the cramp</source>
        <translation>En même temps que la crampe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Anything else you want to remember or tell a doctor</source>
        <translation>Tout ce que vous voulez retenir ou dire à un médecin</translation>
    </message>
    <message>
        <source>Slee&amp;p disturbance:</source>
        <translation>&amp;Perturbation du sommeil&#xa0;:</translation>
    </message>
    <message>
        <source>So&amp;reness afterwards:</source>
        <translation>Douleur après la c&amp;rampe&#xa0;:</translation>
    </message>
    <message>
        <source>Did it &amp;help?</source>
        <translation>Cela a-t-il &amp;aidé&#xa0;?</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscle</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Soulagement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 10 (worst)</source>
        <translation>Intensité de 0 (aucune douleur) à 10 (la pire)</translation>
    </message>
    <message>
        <source>What you were doing when it started</source>
        <translation>Ce que vous faisiez quand la crampe a commencé</translation>
    </message>
    <message>
        <source>Sleep disturbance from 0 to 10</source>
        <translation>Perturbation du sommeil de 0 à 10</translation>
    </message>
    <message>
        <source>Possible triggers in the 24 hours before</source>
        <translation>Déclencheurs possibles dans les 24 heures précédentes</translation>
    </message>
    <message>
        <source>This entry holds a value the app cannot read (in “%1”), perhaps because the file was damaged. It is left out of figures and reports.</source>
        <translation>Cette entrée contient une valeur que l&apos;application ne peut pas lire (dans « %1 »), peut-être parce que le fichier a été endommagé. Elle est exclue des chiffres et des rapports.</translation>
    </message>
    <message>
        <source>Unreadable entry</source>
        <translation>Entrée illisible</translation>
    </message>
</context>
<context>
    <name>EvidenceNotes</name>
    <message>
        <source>The app&apos;s note on the evidence</source>
        <translation>Note de l&apos;application sur les données scientifiques</translation>
    </message>
    <message>
        <source>not part of the article</source>
        <translation>ne fait pas partie de l&apos;article</translation>
    </message>
    <message>
        <source>For night cramps in adults, the evidence that a lack of fluid or salts causes them is weak. For cramps during exercise, tired muscles seem to matter more than dehydration.</source>
        <translation>Pour les crampes nocturnes de l&apos;adulte, les preuves qu&apos;un manque de liquide ou de sels en soit la cause sont faibles. Pour les crampes à l&apos;effort, la fatigue musculaire semble compter davantage que la déshydratation.</translation>
    </message>
    <message>
        <source>That a balanced intake of salts prevents cramps has not been shown: for night cramps in adults, the evidence that fluids or salts cause them is weak.</source>
        <translation>Il n&apos;est pas démontré qu&apos;un apport équilibré en sels prévienne les crampes : pour les crampes nocturnes de l&apos;adulte, les preuves que les liquides ou les sels en soient la cause sont faibles.</translation>
    </message>
    <message>
        <source>Stretching may help, but “prevents” says more than is known: one trial found that stretching the calves and the backs of the thighs before sleep reduced night cramps, another small trial found no effect, and the evidence is limited.</source>
        <translation>Les étirements peuvent aider, mais « prévient » en dit plus que ce que l&apos;on sait : un essai a montré qu&apos;étirer les mollets et l&apos;arrière des cuisses avant le coucher réduisait les crampes nocturnes, un autre petit essai n&apos;a trouvé aucun effet, et les preuves sont limitées.</translation>
    </message>
    <message>
        <source>Magnesium supplements are unlikely to help typical cramps in older adults; in pregnancy the evidence is mixed. Ask a doctor before starting any supplement.</source>
        <translation>Les compléments de magnésium ont peu de chances d&apos;aider les crampes habituelles des personnes âgées ; pendant la grossesse, les résultats sont partagés. Demandez à un médecin avant de commencer un complément.</translation>
    </message>
    <message>
        <source>Quinine reduces cramps a little, but it can cause rare serious side effects, so it is not advised for routine use.</source>
        <translation>La quinine réduit un peu les crampes, mais elle peut provoquer de rares effets indésirables graves : elle n&apos;est donc pas conseillée en usage courant.</translation>
    </message>
</context>
<context>
    <name>ExperimentResultDialog</name>
    <message>
        <source>Your experiment&apos;s result</source>
        <translation>Le résultat de votre essai</translation>
    </message>
</context>
<context>
    <name>ExperimentResultView</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Your experiment</source>
        <translation>Votre essai</translation>
    </message>
</context>
<context>
    <name>ExperimentSetupDialog</name>
    <message>
        <source>Try one thing for a few weeks</source>
        <translation>Essayer une chose pendant quelques semaines</translation>
    </message>
    <message>
        <source>Try one measure and compare your diary while trying it with the same number of weeks just before. Answer “Last night?” every morning: days without any entry for 14 days or more cannot be compared.</source>
        <translation>Essayez une mesure et comparez votre journal pendant l’essai avec le même nombre de semaines juste avant. Répondez à « La nuit dernière&#xa0;? » chaque matin&#xa0;: 14 jours ou plus sans aucune entrée ne peuvent pas être comparés.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Remind me in the &amp;evening</source>
        <translation>Me le rappeler le &amp;soir</translation>
    </message>
    <message>
        <source>Remind me in the evening</source>
        <translation>Me le rappeler le soir</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>&amp;Début le&#xa0;:</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Length in weeks</source>
        <translation>Durée en semaines</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>The weeks before</source>
        <translation>Les semaines d’avant</translation>
    </message>
    <message>
        <source>Your diary has %1 observed days in the %2 weeks before the start: enough to compare with.</source>
        <translation>Votre journal compte&#xa0;%1 jours observés dans les&#xa0;%2 semaines avant le début&#xa0;: assez pour comparer.</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Your diary has only %1 observed days in the %2 weeks before the start; a fair comparison needs at least 14. We suggest keeping the diary first (answer “Last night?” each morning, also after quiet nights) or choosing a later start. Without it, the result can only be “no clear difference”.</source>
        <translation>Votre journal ne compte que&#xa0;%1 jours observés dans les&#xa0;%2 semaines avant le début&#xa0;; une comparaison équitable en demande au moins 14. Nous vous conseillons de tenir d’abord le journal (répondez à « La nuit dernière&#xa0;? » chaque matin, même après une nuit calme) ou de choisir un début plus tard. Sinon, le résultat ne pourra être que « pas de différence nette ».</translation>
    </message>
    <message>
        <source>S&amp;tart anyway</source>
        <translation>&amp;Commencer quand même</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Commencer quand même</translation>
    </message>
    <message>
        <source>Stop the current experiment?</source>
        <translation>Arrêter l’essai en cours&#xa0;?</translation>
    </message>
    <message>
        <source>You are already trying “%1”. Only one measure can be tried at a time, so its result stays fair. Stop it and start “%2”?</source>
        <translation>Vous essayez déjà «&#xa0;%1 ». On ne peut essayer qu’une mesure à la fois, pour que le résultat reste équitable. L’arrêter et commencer «&#xa0;%2 »&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Stretching your calves and thighs before bed</source>
        <translation>Étirer les mollets et les cuisses avant le coucher</translation>
    </message>
    <message>
        <source>Did you stretch before bed?</source>
        <translation>Vous êtes-vous étiré(e) avant le coucher&#xa0;?</translation>
    </message>
    <message>
        <source>Time for your stretches before bed.</source>
        <translation>C’est l’heure de vos étirements avant le coucher.</translation>
    </message>
    <message>
        <source>Drinking when thirsty through the day</source>
        <translation>Boire quand on a soif au fil de la journée</translation>
    </message>
    <message>
        <source>Yesterday, did you drink when you were thirsty?</source>
        <translation>Hier, avez-vous bu quand vous aviez soif&#xa0;?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: drink when you are thirsty, no need to force it.</source>
        <translation>La mesure du jour&#xa0;: buvez quand vous avez soif, sans vous forcer.</translation>
    </message>
    <message>
        <source>Breaking up long standing or sitting</source>
        <translation>Interrompre les longues stations debout ou assises</translation>
    </message>
    <message>
        <source>Yesterday, did you break up long spells of standing or sitting?</source>
        <translation>Hier, avez-vous interrompu les longues périodes debout ou assis(e)&#xa0;?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: break up long spells of standing or sitting.</source>
        <translation>La mesure du jour&#xa0;: interrompez les longues périodes debout ou assis(e).</translation>
    </message>
    <message>
        <source>Pacing hard training</source>
        <translation>Doser l’entraînement intense</translation>
    </message>
    <message>
        <source>Yesterday, did you pace your training (or not train hard)?</source>
        <translation>Hier, avez-vous dosé votre entraînement (ou pas d’entraînement intense)&#xa0;?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: pace hard training.</source>
        <translation>La mesure du jour&#xa0;: dosez l’entraînement intense.</translation>
    </message>
    <message>
        <source>Never start, stop or change a medicine or supplement to test it yourself: talk to your doctor or pharmacist.</source>
        <translation>Ne commencez, n’arrêtez ni ne modifiez jamais un médicament ou un complément pour le tester vous-même&#xa0;: parlez-en à votre médecin ou à votre pharmacien.</translation>
    </message>
    <message>
        <source>Choose one of the measures listed.</source>
        <translation>Choisissez l’une des mesures proposées.</translation>
    </message>
    <message>
        <source>Choose a length from 2 to 8 weeks.</source>
        <translation>Choisissez une durée de 2 à 8 semaines.</translation>
    </message>
    <message>
        <source>An experiment cannot end before it starts.</source>
        <translation>Un essai ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>Fewer cramp days than before: a clear difference by the app&apos;s rule.</source>
        <translation>Moins de jours avec crampes qu’avant&#xa0;: une différence nette selon la règle de l’application.</translation>
    </message>
    <message>
        <source>More cramp days than before: a clear difference by the app&apos;s rule.</source>
        <translation>Plus de jours avec crampes qu’avant&#xa0;: une différence nette selon la règle de l’application.</translation>
    </message>
    <message>
        <source>No clear difference.</source>
        <translation>Pas de différence nette.</translation>
    </message>
    <message>
        <source>The weeks before had fewer than 14 observed days.</source>
        <translation>Les semaines d’avant comptaient moins de 14 jours observés.</translation>
    </message>
    <message>
        <source>The trial had fewer than 14 observed days.</source>
        <translation>L’essai comptait moins de 14 jours observés.</translation>
    </message>
    <message>
        <source>The change was smaller than 25 %.</source>
        <translation>Le changement était inférieur à 25&#xa0;%.</translation>
    </message>
    <message>
        <source>The trial was within the usual ups and downs of the weeks before.</source>
        <translation>L’essai est resté dans les variations habituelles des semaines d’avant.</translation>
    </message>
    <message>
        <source>A before-and-after comparison in one person cannot prove that a measure works: chance, and cramps that ease by themselves after a bad spell, can explain a change. In trials, people given a dummy treatment also improved by about a quarter.</source>
        <translation>Une comparaison avant-après chez une seule personne ne peut pas prouver qu’une mesure fonctionne&#xa0;: le hasard et des crampes qui s’atténuent d’elles-mêmes après une mauvaise période peuvent expliquer un changement. Dans les essais, les personnes ayant reçu un traitement factice se sont aussi améliorées d’environ un quart.</translation>
    </message>
    <message>
        <source>A difference is called clear only with at least 14 observed days on each side, a change of at least 25 %, and a trial outside the range of the weeks before.</source>
        <translation>Une différence n’est dite nette qu’avec au moins 14 jours observés de chaque côté, un changement d’au moins 25&#xa0;% et un essai hors de la fourchette des semaines d’avant.</translation>
    </message>
    <message>
        <source>%1 to %2 (stopped early; planned: %3 weeks)</source>
        <translation>%1 au&#xa0;%2 (arrêté plus tôt&#xa0;; prévu&#xa0;:&#xa0;%3 semaines)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 weeks)</source>
        <translation>%1 au&#xa0;%2 (%3 semaines)</translation>
    </message>
    <message>
        <source>no observed days</source>
        <translation>aucun jour observé</translation>
    </message>
    <message>
        <source>%1 cramp days per observed week (%2 observed days)</source>
        <translation>%1 jours avec crampes par semaine observée (%2 jours observés)</translation>
    </message>
    <message>
        <source>; median severity %1 of 10</source>
        <translation>&#xa0;; intensité médiane&#xa0;%1 sur 10</translation>
    </message>
    <message>
        <source>Done on %1 of %2 days; not done on %3; not answered on %4.</source>
        <translation>Fait&#xa0;%1 jours sur&#xa0;%2&#xa0;; pas fait&#xa0;%3&#xa0;; sans réponse&#xa0;%4.</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Avant&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>While trying: %1.</source>
        <translation>Pendant l’essai&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>So far (it is still running): %1</source>
        <translation>Jusqu’ici (l’essai est encore en cours)&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>ExperimentsTab</name>
    <message>
        <source>Try one measure at a time and compare it fairly with the weeks before. Your past experiments are listed here.</source>
        <translation>Essayez une mesure à la fois et comparez-la équitablement avec les semaines d’avant. Vos essais passés sont listés ici.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Try something for a few &amp;weeks…</source>
        <translation>Essayer quelque &amp;chose quelques semaines…</translation>
    </message>
    <message>
        <source>Try something for a few weeks</source>
        <translation>Essayer quelque chose quelques semaines</translation>
    </message>
    <message>
        <source>&amp;Stop this experiment</source>
        <translation>Arrêter ce&amp;t essai</translation>
    </message>
    <message>
        <source>Stop this experiment</source>
        <translation>Arrêter cet essai</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au&#xa0;%2</translation>
    </message>
    <message>
        <source>Stop this experiment?</source>
        <translation>Arrêter cet essai&#xa0;?</translation>
    </message>
    <message>
        <source>Stop now? Its result will compare only the days tried so far, so it may well be “no clear difference”.</source>
        <translation>Arrêter maintenant&#xa0;? Le résultat ne comparera que les jours essayés jusqu’ici&#xa0;; il pourra bien être « pas de différence nette ».</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>%1 is open in another program, so it could not be replaced. Close the file in the other program, then try again.</source>
        <translation>%1 est ouvert dans un autre programme et n’a donc pas pu être remplacé. Fermez le fichier dans l’autre programme, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Word to find</source>
        <translation>Mot à rechercher</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
</context>
<context>
    <name>FlagPanel</name>
    <message>
        <source>Dismiss: %1</source>
        <translation>Masquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>From your entry of %1.</source>
        <translation>D&apos;après votre saisie du %1.</translation>
    </message>
    <message>
        <source>Your log shows cramps on %1 of the last %2 days.</source>
        <translation>Votre journal indique des crampes %1 jours sur les %2 derniers.</translation>
    </message>
    <message>
        <source>From your checklist of %1.</source>
        <translation>D&apos;après votre liste du %1.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The folder could not be opened here. You find it at:
%1</source>
        <translation>Le dossier n&apos;a pas pu être ouvert ici. Vous le trouverez à l&apos;emplacement :
%1</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <source>You have version %1. New versions are published on the project&apos;s releases page, which can open in your web browser.</source>
        <translation>Vous avez la version %1. Les nouvelles versions sont publiées sur la page des versions du projet, qui peut s&apos;ouvrir dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion itself never connects to the internet: only your browser visits the page, and nothing about you or your data is sent.</source>
        <translation>Leg Cramp Companion ne se connecte jamais à internet : seul votre navigateur visite la page, et rien sur vous ni sur vos données n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>&amp;Open the releases page</source>
        <translation>&amp;Ouvrir la page des versions</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Log a cramp</source>
        <translation>Noter une crampe</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Undo or redo deleting episodes in History</source>
        <translation>Annuler ou rétablir la suppression d&apos;épisodes dans l&apos;Historique</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Make the article text larger or smaller</source>
        <translation>Agrandir ou réduire le texte de l&apos;article</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Imprimer l&apos;article</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Your data is kept in this folder:</source>
        <translation>Vos données sont conservées dans ce dossier&#xa0;:</translation>
    </message>
    <message>
        <source>The app makes a copy of your data every day in its backups folder and keeps the most recent ones. To keep your own copy, close the app and copy the whole folder, for example to a USB stick.</source>
        <translation>L&apos;application fait chaque jour une copie de vos données dans son dossier de sauvegardes et conserve les plus récentes. Pour garder votre propre copie, fermez l&apos;application et copiez le dossier entier, par exemple sur une clé USB.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Switch between the screens: %1</source>
        <translation>Passer d&apos;un écran à l&apos;autre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>The charts show the episodes that match the filters.</source>
        <translation>Les graphiques montrent les épisodes qui correspondent aux filtres.</translation>
    </message>
    <message>
        <source>No episodes in this period, so there is nothing to chart yet.</source>
        <translation>Aucun épisode sur cette période&#xa0;: il n&apos;y a encore rien à afficher.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Episodes from %1 to %2: %3.</source>
        <translation>Épisodes du %1 au %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The busiest week began on %1 (episodes: %2).</source>
        <translation>La semaine la plus chargée a commencé le %1 (épisodes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Épisodes par semaine</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Début de la semaine</translation>
    </message>
    <message>
        <source>Most episodes started between %1 and %2 (episodes: %3).</source>
        <translation>La plupart des épisodes ont commencé entre %1 et %2 (épisodes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Severity over time</source>
        <translation>Intensité au fil du temps</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Intensité (0–10)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Severity ranged from %1 to %2 out of 10.</source>
        <translation>L&apos;intensité allait de %1 à %2 sur 10.</translation>
    </message>
    <message>
        <source>The latest, on %1, was %2.</source>
        <translation>Dernier épisode, le %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>Delete episode</source>
        <translation>Supprimer l&apos;épisode</translation>
    </message>
    <message>
        <source>Delete episodes</source>
        <translation>Supprimer les épisodes</translation>
    </message>
    <message>
        <source>Change episode</source>
        <translation>Modifier l&apos;épisode</translation>
    </message>
    <message>
        <source>Add medicine “%1”</source>
        <translation>Ajouter le médicament «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change medicine “%1”</source>
        <translation>Modifier le médicament «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove medicine “%1”</source>
        <translation>Retirer le médicament «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Stop the experiment “%1”</source>
        <translation>Arrêter l’essai « %1 »</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All muscles</source>
        <translation>Tous les muscles</translation>
    </message>
    <message>
        <source>Any side</source>
        <translation>N’importe quel côté</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation>&amp;Muscle&#xa0;:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>&amp;Intensité&#xa0;:</translation>
    </message>
    <message>
        <source>Search &amp;notes:</source>
        <translation>&amp;Rechercher dans les notes&#xa0;:</translation>
    </message>
    <message>
        <source>Words in your notes</source>
        <translation>Mots de vos notes</translation>
    </message>
    <message>
        <source>Clear fil&amp;ters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscle</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Lowest severity</source>
        <translation>Intensité minimale</translation>
    </message>
    <message>
        <source>Highest severity</source>
        <translation>Intensité maximale</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Episode changed. Undo with %1.</source>
        <translation>Épisode modifié. Annuler avec %1.</translation>
    </message>
    <message>
        <source>Done: %1. Undo with %2.</source>
        <translation>Fait&#xa0;: %1. Annuler avec %2.</translation>
    </message>
    <message>
        <source>Episodes deleted: %1. Undo with %2.</source>
        <translation>Épisodes supprimés&#xa0;: %1. Annulez avec %2.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Log a cramp</source>
        <translation>&amp;Noter une crampe</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Noter une crampe</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Enter edits the selected episode, Delete deletes it.</source>
        <translation>Entrée modifie l&apos;épisode sélectionné, Suppr le supprime.</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Vues de l&apos;historique</translation>
    </message>
    <message>
        <source>Ep&amp;isodes</source>
        <translation>Épis&amp;odes</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Rés&amp;umé</translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Me&amp;dicines</source>
        <translation>Mé&amp;dicaments</translation>
    </message>
    <message>
        <source>Chec&amp;klists</source>
        <translation>&amp;Questionnaires</translation>
    </message>
    <message>
        <source>&amp;Edit episode…</source>
        <translation>&amp;Modifier l&apos;épisode…</translation>
    </message>
    <message>
        <source>&amp;Delete episode</source>
        <translation>&amp;Supprimer l&apos;épisode</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No episodes match the filters.</source>
        <translation>Aucun épisode ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>No episodes logged yet. Use “Log a cramp” to add one.</source>
        <translation>Aucun épisode noté pour l&apos;instant. Utilisez «&#xa0;Noter une crampe&#xa0;» pour en ajouter un.</translation>
    </message>
    <message>
        <source>Episodes matching the filters: %1</source>
        <translation>Épisodes correspondant aux filtres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Episodes: %1</source>
        <translation>Épisodes&#xa0;: %1</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>&amp;Essais</translation>
    </message>
</context>
<context>
    <name>HistorySummary</name>
    <message>
        <source>Nothing is logged for this period yet. Log cramps when they happen, and mark nights without cramps on the Today screen: the summary will appear here.</source>
        <translation>Rien n&apos;est encore noté pour cette période. Notez vos crampes quand elles surviennent, et indiquez les nuits sans crampes sur l&apos;écran Aujourd&apos;hui&#xa0;: le résumé apparaîtra ici.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Compared with the previous %1 days, %2 to %3.</source>
        <translation>Par rapport aux %1 jours précédents, du %2 au %3.</translation>
    </message>
    <message>
        <source>Compared with the day before, %2.</source>
        <translation>Par rapport à la veille, le %2.</translation>
    </message>
    <message>
        <source>Not compared with the previous %1 days (%2 to %3): the diary was kept on %4 of them, and on %5 of %6 days of this period; comparing needs at least half of each.</source>
        <translation>Non comparé aux %1 jours précédents (du %2 au %3)&#xa0;: le journal a été tenu %4 de ces jours, et %5 jours sur %6 de cette période&#xa0;; une comparaison demande au moins la moitié de chacune.</translation>
    </message>
    <message>
        <source>The summary counts every episode in this period; the muscle, side, severity and search filters apply to the Episodes and Charts tabs only.</source>
        <translation>Le résumé compte tous les épisodes de cette période&#xa0;; les filtres de muscle, de côté, d&apos;intensité et de recherche ne s&apos;appliquent qu&apos;aux onglets Épisodes et Graphiques.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Épisodes par semaine</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Jours avec crampes</translation>
    </message>
    <message>
        <source>Nights with cramps</source>
        <translation>Nuits avec crampes</translation>
    </message>
    <message>
        <source>Median severity</source>
        <translation>Intensité médiane</translation>
    </message>
    <message>
        <source>Highest severity</source>
        <translation>Intensité maximale</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Durée médiane</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>Woke you from sleep</source>
        <translation>Ont interrompu votre sommeil</translation>
    </message>
    <message>
        <source>Mean sleep disturbance</source>
        <translation>Perturbation moyenne du sommeil</translation>
    </message>
    <message>
        <source>%1, change: %2</source>
        <translation>%1, évolution&#xa0;: %2</translation>
    </message>
    <message>
        <source>Numbers can go up and down by chance; a change does not show that something you tried worked.</source>
        <translation>Les chiffres peuvent monter ou baisser par hasard&#xa0;; un changement ne montre pas que ce que vous avez essayé a fonctionné.</translation>
    </message>
    <message>
        <source>By muscle</source>
        <translation>Par muscle</translation>
    </message>
    <message>
        <source>By side</source>
        <translation>Par côté</translation>
    </message>
    <message>
        <source>Busiest hours of the day</source>
        <translation>Heures les plus chargées</translation>
    </message>
    <message>
        <source>%1 (%2% of episodes)</source>
        <translation>%1 (%2&#xa0;% des épisodes)</translation>
    </message>
    <message>
        <source>Possible patterns</source>
        <translation>Tendances possibles</translation>
    </message>
    <message>
        <source>These are associations in your own log, not proof of a cause. Discuss them with your doctor.</source>
        <translation>Ce sont des associations dans votre propre journal, pas la preuve d&apos;une cause. Parlez-en avec votre médecin.</translation>
    </message>
    <message>
        <source>%1 of %2 days (“no cramps” days: %3; days without any entry, counted as days without cramps: %4)</source>
        <translation>%1 jours sur %2 (jours «&#xa0;sans crampes&#xa0;»&#xa0;: %3&#xa0;; jours sans aucune saisie, comptés comme jours sans crampes&#xa0;: %4)</translation>
    </message>
    <message>
        <source>Cramp days per week</source>
        <translation>Jours avec crampes par semaine</translation>
    </message>
    <message>
        <source>Diary kept</source>
        <translation>Journal tenu</translation>
    </message>
    <message>
        <source>Per week: over the days the diary was kept.</source>
        <translation>Par semaine&#xa0;: sur les jours où le journal a été tenu.</translation>
    </message>
    <message>
        <source>On days marked “%1” you logged cramps on %2 of %3 days; on other recorded days, %4 of %5.</source>
        <translation>Les jours marqués «&#xa0;%1&#xa0;», vous avez noté des crampes %2 jours sur %3&#xa0;; les autres jours saisis, %4 sur %5.</translation>
    </message>
    <message>
        <source>There is not enough data yet to look for patterns: a possible trigger needs at least %1 days without cramps on which it was noted, and %1 on which it was not, in this period. Answer “No cramps” on the Today screen&apos;s morning card, and tick what happened the day before.</source>
        <translation>Il n’y a pas encore assez de données pour chercher des tendances&#xa0;: un déclencheur possible demande au moins %1 jours sans crampes où il a été noté, et %1 où il ne l’a pas été, sur cette période. Répondez «&#xa0;Aucune crampe&#xa0;» sur la carte du matin de l’écran Aujourd’hui, et cochez ce qui s’est passé la veille.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>no episodes</source>
        <translation>aucun épisode</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 sur 10</translation>
    </message>
    <message>
        <source>%1% of episodes</source>
        <translation>%1&#xa0;% des épisodes</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>no data for the previous period</source>
        <translation>pas de données pour la période précédente</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sans changement</translation>
    </message>
    <message>
        <source>the previous %1 days</source>
        <translation>les %1 jours précédents</translation>
    </message>
    <message>
        <source>the day before</source>
        <translation>la veille</translation>
    </message>
    <message>
        <source>about the same as %1</source>
        <translation>à peu près le même niveau que %1</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>%1 de plus que %2</translation>
    </message>
    <message>
        <source>%1 fewer than %2</source>
        <translation>%1 de moins que %2</translation>
    </message>
    <message>
        <source>%1 higher than %2</source>
        <translation>%1 de plus que %2</translation>
    </message>
    <message>
        <source>%1 lower than %2</source>
        <translation>%1 de moins que %2</translation>
    </message>
    <message>
        <source>%1 longer than %2</source>
        <translation>%1 de plus que %2</translation>
    </message>
    <message>
        <source>%1 shorter than %2</source>
        <translation>%1 de moins que %2</translation>
    </message>
    <message>
        <source>%1 percentage points higher than %2</source>
        <translation>%1 points de pourcentage de plus que %2</translation>
    </message>
    <message>
        <source>%1 percentage points lower than %2</source>
        <translation>%1 points de pourcentage de moins que %2</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copier le résumé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>JsonImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (line %1, column %2: %3)</source>
        <translation>le fichier n&apos;est pas du JSON valide (ligne %1, colonne %2 : %3)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>this is not a Leg Cramp Companion export (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas une exportation de Leg Cramp Companion (« format » doit valoir « %1 »)</translation>
    </message>
    <message>
        <source>the file has format version %1, made by a newer version of the app (this one reads up to %2); update the app, then import it again</source>
        <translation>le fichier a la version de format %1, créée par une version plus récente de l&apos;application (celle-ci lit jusqu&apos;à la %2) ; mettez l&apos;application à jour, puis importez-le de nouveau</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>n&apos;est pas un champ de ce format</translation>
    </message>
    <message>
        <source>must be an object {...}</source>
        <translation>doit être un objet {...}</translation>
    </message>
    <message>
        <source>must be a list [...]</source>
        <translation>doit être une liste [...]</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10, or null</source>
        <translation>doit être un nombre entier de 0 à 10, ou null</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with its offset, like 2024-05-01T23:40:00+02:00</source>
        <translation>« %1 » n&apos;est pas une date et heure avec son décalage, comme 2024-05-01T23:40:00+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-05-01</source>
        <translation>« %1 » n&apos;est pas une date comme 2024-05-01</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;; use one of: %2</source>
        <translation>code inconnu « %1 » ; utilisez l&apos;un de : %2</translation>
    </message>
    <message>
        <source>the day %1 is listed twice</source>
        <translation>le jour %1 figure deux fois</translation>
    </message>
    <message>
        <source>the question %1 is answered twice</source>
        <translation>la question %1 a deux réponses</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... et %1 autres problèmes</translation>
    </message>
    <message>
        <source>the reminder %1 is listed twice</source>
        <translation>le rappel %1 figure deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day like 08:30</source>
        <translation>« %1 » n&apos;est pas une heure comme 08:30</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>Calf</source>
        <translation>Mollet</translation>
    </message>
    <message>
        <source>Foot or sole</source>
        <translation>Pied ou plante du pied</translation>
    </message>
    <message>
        <source>Toes</source>
        <translation>Orteils</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Tibia</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>Avant de la cuisse</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>Arrière de la cuisse</translation>
    </message>
    <message>
        <source>Other muscle</source>
        <translation>Autre muscle</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Les deux jambes</translation>
    </message>
    <message>
        <source>Woke me from sleep</source>
        <translation>A interrompu mon sommeil</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>Au repos</translation>
    </message>
    <message>
        <source>During exercise</source>
        <translation>Pendant un effort</translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation>Après un effort</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>Autre situation</translation>
    </message>
    <message>
        <source>No soreness</source>
        <translation>Aucune douleur après</translation>
    </message>
    <message>
        <source>Sore for some hours</source>
        <translation>Douleur pendant quelques heures</translation>
    </message>
    <message>
        <source>Still sore the next day</source>
        <translation>Douleur encore le lendemain</translation>
    </message>
    <message>
        <source>Hard exercise</source>
        <translation>Effort intense</translation>
    </message>
    <message>
        <source>Long standing</source>
        <translation>Longue station debout</translation>
    </message>
    <message>
        <source>Heat or heavy sweating</source>
        <translation>Chaleur ou forte transpiration</translation>
    </message>
    <message>
        <source>Drank little</source>
        <translation>Peu bu</translation>
    </message>
    <message>
        <source>Very salty food</source>
        <translation>Aliments très salés</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcool</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Caféine</translation>
    </message>
    <message>
        <source>Vomiting or diarrhoea</source>
        <translation>Vomissements ou diarrhée</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Nouveau médicament</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Application de chaleur</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Application de froid</translation>
    </message>
    <message>
        <source>A drink</source>
        <translation>Une boisson</translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation>Un médicament</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>A aidé</translation>
    </message>
    <message>
        <source>Helped a little</source>
        <translation>A un peu aidé</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>N&apos;a pas aidé</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Engourdissement</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth of the calf</source>
        <translation>Gonflement, rougeur ou chaleur du mollet</translation>
    </message>
    <message>
        <source>Colour change of the skin</source>
        <translation>Changement de couleur de la peau</translation>
    </message>
    <message>
        <source>Diuretic (water pill)</source>
        <translation>Diurétique (médicament qui fait uriner)</translation>
    </message>
    <message>
        <source>Statin (for cholesterol)</source>
        <translation>Statine (contre le cholestérol)</translation>
    </message>
    <message>
        <source>Long-acting inhaler for asthma or COPD</source>
        <translation>Inhalateur à longue durée d&apos;action (asthme ou BPCO)</translation>
    </message>
    <message>
        <source>Magnesium supplement</source>
        <translation>Complément de magnésium</translation>
    </message>
    <message>
        <source>Potassium supplement</source>
        <translation>Complément de potassium</translation>
    </message>
    <message>
        <source>Salt or electrolyte supplement</source>
        <translation>Complément de sel ou d&apos;électrolytes</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Autre médicament</translation>
    </message>
</context>
<context>
    <name>LastNightCard</name>
    <message>
        <source>Last night?</source>
        <translation>La nuit dernière&#xa0;?</translation>
    </message>
    <message>
        <source>Did you have leg cramps during the night?</source>
        <translation>Avez-vous eu des crampes aux jambes pendant la nuit&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;No cramps</source>
        <translation>Au&amp;cune crampe</translation>
    </message>
    <message>
        <source>H&amp;ad cramps…</source>
        <translation>&amp;J&apos;ai eu des crampes…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Save these cramps</source>
        <translation>&amp;Enregistrer ces crampes</translation>
    </message>
    <message>
        <source>How many cramps</source>
        <translation>Nombre de crampes</translation>
    </message>
    <message>
        <source>Worst severity, 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Intensité maximale, de 0 (aucune douleur) à 10 (pire douleur imaginable)</translation>
    </message>
    <message>
        <source>Longest cramp in minutes</source>
        <translation>Crampe la plus longue, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sleep disturbance, 0 to 10 (optional)</source>
        <translation>Perturbation du sommeil, de 0 à 10 (facultatif)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscle</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Thanks — recorded.</source>
        <translation>Merci, c&apos;est noté.</translation>
    </message>
    <message>
        <source>How &amp;many?</source>
        <translation>&amp;Combien&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Worst severity (0–10):</source>
        <translation>&amp;Intensité maximale (0–10)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Longest cramp:</source>
        <translation>Crampe la plus &amp;longue&#xa0;:</translation>
    </message>
    <message>
        <source>Slee&amp;p disturbance (0–10):</source>
        <translation>&amp;Perturbation du sommeil (0–10)&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;uscle:</source>
        <translation>&amp;Muscle&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>Cô&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the worst severity: type a number from 0 to 10.</source>
        <translation>Indiquez l&apos;intensité maximale&#xa0;: tapez un nombre de 0 à 10.</translation>
    </message>
</context>
<context>
    <name>LogCrampDialog</name>
    <message>
        <source>Edit a cramp</source>
        <translation>Modifier une crampe</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Noter une crampe</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>15 min ago</source>
        <translation>Il y a 15&#xa0;min</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>Il y a 1&#xa0;h</translation>
    </message>
    <message>
        <source>Last &amp;night</source>
        <translation>La &amp;nuit dernière</translation>
    </message>
    <message>
        <source>This entry will be marked as logged later.</source>
        <translation>Cette saisie sera marquée comme notée après coup.</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Durée, minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Durée, secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscle</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>More &amp;details (optional)</source>
        <translation>Plus de &amp;détails (facultatif)</translation>
    </message>
    <message>
        <source>How &amp;bad was it?</source>
        <translation>Quelle était l&apos;&amp;intensité&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;When did it start?</source>
        <translation>&amp;Quand a-t-elle commencé&#xa0;?</translation>
    </message>
    <message>
        <source>How &amp;long did it last?</source>
        <translation>&amp;Combien de temps a-t-elle duré&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation>&amp;Muscle&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>Cô&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>Situa&amp;tion:</source>
        <translation>&amp;Situation&#xa0;:</translation>
    </message>
    <message>
        <source>This entry is marked as logged later.</source>
        <translation>Cette saisie est marquée comme notée après coup.</translation>
    </message>
    <message>
        <source>Choose how bad the cramp was: type a number from 0 to 10.</source>
        <translation>Indiquez l&apos;intensité de la crampe&#xa0;: tapez un nombre de 0 à 10.</translation>
    </message>
    <message>
        <source>%1: the time zone this entry was logged in</source>
        <translation>%1&#xa0;: le fuseau horaire dans lequel cette entrée a été saisie</translation>
    </message>
    <message>
        <source>Your entry is still here: nothing you typed is lost.</source>
        <translation>Votre saisie est toujours là : rien de ce que vous avez tapé n’est perdu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Édi&amp;tion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Paramètre&amp;s</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Log a cramp…</source>
        <translation>&amp;Noter une crampe…</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Import episodes from CSV…</source>
        <translation>&amp;Importer des épisodes depuis un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export episodes to CSV…</source>
        <translation>E&amp;xporter les épisodes en CSV…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurer à partir d&apos;une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>&amp;Aide et raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Leg Cramp Companion</source>
        <translation>À &amp;propos de Leg Cramp Companion</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Choose a screen; %1 to %2 switch directly</source>
        <translation>Choisissez un écran&#xa0;; %1 à %2 y mènent directement</translation>
    </message>
    <message>
        <source>Import everything (&amp;JSON)…</source>
        <translation>Import&amp;er tout (JSON)…</translation>
    </message>
    <message>
        <source>Export everythin&amp;g (JSON)…</source>
        <translation>Exporter to&amp;ut (JSON)…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
    <message>
        <source>Open &amp;logs folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Check for &amp;updates…</source>
        <translation>Rechercher des mises à jo&amp;ur…</translation>
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
        <translation>Modifier le médicament</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;topped:</source>
        <translation>A&amp;rrêt&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Date connue</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nom du médicament</translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation>Type de médicament</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Date de début connue</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Has been stopped</source>
        <translation>A été arrêté</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Arrêté le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose the kind…</source>
        <translation>Choisissez le type…</translation>
    </message>
    <message>
        <source>Choose what kind of medicine this is; if none fits, choose “Other medicine”.</source>
        <translation>Choisissez le type de médicament ; si aucun ne convient, choisissez « Autre médicament ».</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>Remove medicine</source>
        <translation>Retirer le médicament</translation>
    </message>
    <message>
        <source>Remove “%1” from your list of medicines?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de votre liste de médicaments&#xa0;?</translation>
    </message>
    <message>
        <source>The medicines and supplements you take. Some can make cramps more likely; the report lists them so you can ask your doctor. Never stop a medicine on your own.</source>
        <translation>Les médicaments et compléments alimentaires que vous prenez. Certains peuvent rendre les crampes plus probables&#xa0;; le rapport les indique pour que vous puissiez en parler à votre médecin. N&apos;arrêtez jamais un médicament de vous-même.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>&amp;Add medicine…</source>
        <translation>A&amp;jouter un médicament…</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change medicine</source>
        <translation>Modifier le médicament</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>OpeningScreen</name>
    <message>
        <source>Log a cramp in seconds and answer “Last night?” each morning.</source>
        <translation>Notez une crampe en quelques secondes et répondez chaque matin à «&#xa0;La nuit dernière&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>A guided checklist of cramp risk factors that says clearly when to see a doctor.</source>
        <translation>Un questionnaire guidé sur les facteurs de risque des crampes, qui indique clairement quand consulter un médecin.</translation>
    </message>
    <message>
        <source>Your private history of cramp episodes, with filters and charts.</source>
        <translation>Votre historique privé des épisodes de crampes, avec filtres et graphiques.</translation>
    </message>
    <message>
        <source>A clear PDF report of your cramps to bring to your doctor.</source>
        <translation>Un rapport PDF clair sur vos crampes, à apporter à votre médecin.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
</context>
<context>
    <name>PeriodTile</name>
    <message>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Crampes</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Jours avec crampes</translation>
    </message>
    <message>
        <source>Diary kept on %1 of %2 days</source>
        <translation>Journal tenu %1 jours sur %2</translation>
    </message>
    <message>
        <source>Nothing logged in these days.</source>
        <translation>Rien de saisi ces jours-ci.</translation>
    </message>
    <message>
        <source>Too few days kept to compare with the %1 days before.</source>
        <translation>Trop peu de jours suivis pour comparer aux %1 jours précédents.</translation>
    </message>
    <message>
        <source>Not compared: the diary was kept on %1 of the %2 days before.</source>
        <translation>Non comparé&#xa0;: le journal a été tenu %1 des %2 jours précédents.</translation>
    </message>
    <message>
        <source>%1 cramps a week, against %2 in the %3 days before.</source>
        <translation>%1 crampes par semaine, contre %2 sur les %3 jours précédents.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Last 2 weeks</source>
        <translation>2 dernières semaines</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
</context>
<context>
    <name>PreviewBar</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajuster la page à la largeur</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Création de l&apos;aperçu…</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 out of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Taille de texte normale</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Imprimer l&apos;article</translation>
    </message>
    <message>
        <source>Preview the printed article</source>
        <translation>Aperçu de l&apos;article imprimé</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>← &amp;Back to your results</source>
        <translation>← &amp;Retour à vos résultats</translation>
    </message>
    <message>
        <source>Back to your results</source>
        <translation>Retour à vos résultats</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>S&amp;ommaire</translation>
    </message>
    <message>
        <source>Contents and article</source>
        <translation>Sommaire et article</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
</context>
<context>
    <name>RedFlagPanel</name>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Call emergency services now.</source>
        <translation>Appelez les services d&apos;urgence maintenant.</translation>
    </message>
    <message>
        <source>See a doctor today.</source>
        <translation>Consultez un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Make an appointment with your doctor.</source>
        <translation>Prenez rendez-vous avec votre médecin.</translation>
    </message>
    <message>
        <source>Leg pain or swelling with breathlessness or chest pain</source>
        <translation>Douleur ou gonflement de la jambe avec essoufflement ou douleur dans la poitrine</translation>
    </message>
    <message>
        <source>Leg pain or swelling together with sudden shortness of breath or chest pain can be a sign of a blood clot that has travelled to the lungs. This needs help straight away.</source>
        <translation>Une douleur ou un gonflement de la jambe accompagné d&apos;un essoufflement soudain ou d&apos;une douleur dans la poitrine peut être le signe d&apos;un caillot de sang parti jusqu&apos;aux poumons. Cela nécessite une aide immédiate.</translation>
    </message>
    <message>
        <source>Cramps with confusion, fainting, a seizure or collapse</source>
        <translation>Crampes avec confusion, évanouissement, crise convulsive ou malaise avec chute</translation>
    </message>
    <message>
        <source>Cramps together with confusion, a seizure, fainting, repeated vomiting or collapse can be a sign of a dangerously low level of sodium in the blood, especially after long exercise or after drinking large amounts of water. This needs help straight away.</source>
        <translation>Des crampes accompagnées de confusion, d&apos;une crise convulsive, d&apos;un évanouissement, de vomissements répétés ou d&apos;un malaise avec chute peuvent être le signe d&apos;un taux de sodium dangereusement bas dans le sang, en particulier après un effort long ou après avoir bu de grandes quantités d&apos;eau. Cela nécessite une aide immédiate.</translation>
    </message>
    <message>
        <source>Swelling, warmth or redness of one calf</source>
        <translation>Gonflement, chaleur ou rougeur d&apos;un mollet</translation>
    </message>
    <message>
        <source>A calf that is swollen, warm, red or tender, especially on one side only, can be a sign of a blood clot in a deep vein (deep vein thrombosis). It needs checking by a doctor today.</source>
        <translation>Un mollet gonflé, chaud, rouge ou douloureux au toucher, surtout d&apos;un seul côté, peut être le signe d&apos;un caillot de sang dans une veine profonde (thrombose veineuse profonde, ou phlébite). Cela doit être examiné par un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Dark urine with severe muscle pain or weakness</source>
        <translation>Urines foncées avec douleur musculaire intense ou faiblesse</translation>
    </message>
    <message>
        <source>Dark, cola-coloured urine together with severe muscle pain or weakness can be a sign of muscle breakdown (rhabdomyolysis), particularly in people who take a statin. It needs checking by a doctor today.</source>
        <translation>Des urines foncées, couleur cola, accompagnées d&apos;une douleur musculaire intense ou d&apos;une faiblesse peuvent être le signe d&apos;une destruction des muscles (rhabdomyolyse), en particulier chez les personnes qui prennent une statine. Cela doit être examiné par un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>A cramp lasting more than 10 minutes</source>
        <translation>Une crampe de plus de 10 minutes</translation>
    </message>
    <message>
        <source>Most cramps ease within a few minutes. A cramp that lasts more than 10 minutes and does not ease needs checking by a doctor today.</source>
        <translation>La plupart des crampes se calment en quelques minutes. Une crampe qui dure plus de 10 minutes sans se calmer doit être examinée par un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Cramps after a dirty wound or contact with lead or mercury</source>
        <translation>Crampes après une plaie souillée ou un contact avec du plomb ou du mercure</translation>
    </message>
    <message>
        <source>Cramps that begin after a dirty wound, or after contact with lead or mercury, can be a sign of tetanus or of poisoning. They need checking by a doctor today.</source>
        <translation>Des crampes qui commencent après une plaie souillée, ou après un contact avec du plomb ou du mercure, peuvent être le signe d&apos;un tétanos ou d&apos;une intoxication. Elles doivent être examinées par un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Nausea, headache or weakness with a risk of low sodium</source>
        <translation>Nausées, maux de tête ou faiblesse avec un risque de sodium bas</translation>
    </message>
    <message>
        <source>Nausea, headache, cramps or weakness in someone at risk of low blood sodium, for example after endurance exercise or while taking a water pill (diuretic), can be a sign that the sodium level is low. It needs checking by a doctor today.</source>
        <translation>Des nausées, des maux de tête, des crampes ou une faiblesse chez une personne à risque de taux de sodium bas dans le sang, par exemple après un effort d&apos;endurance ou sous diurétique (médicament qui fait uriner), peuvent être le signe d&apos;un taux de sodium trop bas. Cela doit être examiné par un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Muscle weakness, wasting or numbness</source>
        <translation>Faiblesse, fonte musculaire ou engourdissement</translation>
    </message>
    <message>
        <source>Swelling of the legs or feet</source>
        <translation>Gonflement des jambes ou des pieds</translation>
    </message>
    <message>
        <source>Swelling of the legs or feet together with cramps needs checking by your doctor. If one calf is swollen, warm or red, see a doctor today instead.</source>
        <translation>Un gonflement des jambes ou des pieds accompagné de crampes doit être examiné par votre médecin. Si un mollet est gonflé, chaud ou rouge, consultez plutôt un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Frequent cramps</source>
        <translation>Crampes fréquentes</translation>
    </message>
    <message>
        <source>Cramps that come often are worth discussing with your doctor, who can look for a cause and talk about what may help. Your log is useful to bring.</source>
        <translation>Des crampes fréquentes méritent d&apos;être abordées avec votre médecin, qui peut en rechercher la cause et voir avec vous ce qui peut aider. Il est utile d&apos;apporter votre journal.</translation>
    </message>
    <message>
        <source>Cramps that disturb sleep or the next day</source>
        <translation>Crampes qui perturbent le sommeil ou le lendemain</translation>
    </message>
    <message>
        <source>If cramps often wake you or make it hard to manage the next day, your doctor can look at the cause with you and at what may help.</source>
        <translation>Si les crampes vous réveillent souvent ou rendent le lendemain difficile, votre médecin peut rechercher la cause avec vous et voir ce qui peut aider.</translation>
    </message>
    <message>
        <source>No improvement with self-care</source>
        <translation>Pas d&apos;amélioration malgré les mesures personnelles</translation>
    </message>
    <message>
        <source>If cramps keep coming despite stretching and other self-care, other causes and options are worth discussing with your doctor.</source>
        <translation>Si les crampes continuent malgré les étirements et d&apos;autres mesures personnelles, il est utile de parler d&apos;autres causes et d&apos;autres solutions avec votre médecin.</translation>
    </message>
    <message>
        <source>Cramps with no obvious trigger</source>
        <translation>Crampes sans déclencheur évident</translation>
    </message>
    <message>
        <source>Cramps that come without an obvious trigger, such as hard exercise or long standing, can have an underlying cause that needs checking by your doctor.</source>
        <translation>Des crampes qui surviennent sans déclencheur évident, comme un effort intense ou une longue station debout, peuvent avoir une cause sous-jacente qui doit être examinée par votre médecin.</translation>
    </message>
    <message>
        <source>Cramps that began after a new medicine</source>
        <translation>Crampes apparues après un nouveau médicament</translation>
    </message>
    <message>
        <source>Some medicines are linked to cramps. If cramps began after a medicine was started or changed, bring your list of medicines and ask your doctor whether one could contribute. Any change to a medicine is for your doctor to decide.</source>
        <translation>Certains médicaments sont associés aux crampes. Si vos crampes ont commencé après le début ou la modification d&apos;un médicament, apportez la liste de vos médicaments et demandez à votre médecin si l&apos;un d&apos;eux pourrait y contribuer. Toute modification d&apos;un médicament doit être décidée par votre médecin.</translation>
    </message>
    <message>
        <source>See a doctor or pharmacist about a tetanus jab today.</source>
        <translation>Consultez aujourd&apos;hui un médecin ou un pharmacien au sujet du vaccin contre le tétanos.</translation>
    </message>
    <message>
        <source>Tell your doctor at your next appointment.</source>
        <translation>Parlez-en à votre médecin lors de votre prochain rendez-vous.</translation>
    </message>
    <message>
        <source>A suddenly painful, cold, pale or blue leg or foot</source>
        <translation>Une jambe ou un pied soudain douloureux, froid, pâle ou bleu</translation>
    </message>
    <message>
        <source>A leg or foot that suddenly becomes painful, cold, pale or blue, or numb or weak, can be a sign that an artery is blocked and the leg is not getting enough blood. This needs help straight away.</source>
        <translation>Une jambe ou un pied qui devient soudain douloureux, froid, pâle ou bleu, ou engourdi ou faible, peut être le signe qu&apos;une artère est bouchée et que la jambe ne reçoit plus assez de sang. Cela demande une aide immédiate.</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness on one side, or trouble speaking</source>
        <translation>Faiblesse ou engourdissement soudain d&apos;un côté, ou difficulté à parler</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness of a leg, an arm or the face, or sudden trouble speaking, can be a sign of a stroke. This needs help straight away.</source>
        <translation>Une faiblesse ou un engourdissement soudain d&apos;une jambe, d&apos;un bras ou du visage, ou une difficulté soudaine à parler, peut être le signe d&apos;un AVC. Cela demande une aide immédiate.</translation>
    </message>
    <message>
        <source>Back pain with numbness around the bottom or bladder or bowel trouble</source>
        <translation>Mal de dos avec engourdissement autour des fesses ou troubles de la vessie ou des intestins</translation>
    </message>
    <message>
        <source>Back pain together with numbness between the legs or around the bottom, or new trouble controlling the bladder or bowel, can be a sign that the nerves at the bottom of the spine are pressed (cauda equina syndrome). This needs help straight away.</source>
        <translation>Un mal de dos avec un engourdissement entre les jambes ou autour des fesses, ou de nouveaux troubles pour contrôler la vessie ou les intestins, peut être le signe que les nerfs au bas de la colonne sont comprimés (syndrome de la queue de cheval). Cela demande une aide immédiate.</translation>
    </message>
    <message>
        <source>A stiff jaw or spreading spasms after a wound</source>
        <translation>Mâchoire raide ou spasmes qui s&apos;étendent après une plaie</translation>
    </message>
    <message>
        <source>After a wound, a stiff jaw, trouble swallowing, or painful muscle spasms that spread can be a sign of tetanus. This needs help straight away.</source>
        <translation>Après une plaie, une mâchoire raide, une difficulté à avaler ou des spasmes musculaires douloureux qui s&apos;étendent peuvent être le signe d&apos;un tétanos. Cela demande une aide immédiate.</translation>
    </message>
    <message>
        <source>Cramps after a dirty wound</source>
        <translation>Crampes après une plaie souillée</translation>
    </message>
    <message>
        <source>Cramps that begin after a dirty wound are worth checking today: a doctor or pharmacist can tell whether you need a tetanus jab. If the jaw becomes stiff or spasms spread, call emergency services.</source>
        <translation>Des crampes qui commencent après une plaie souillée méritent d&apos;être vérifiées aujourd&apos;hui : un médecin ou un pharmacien peut vous dire si vous avez besoin d&apos;un vaccin contre le tétanos. Si la mâchoire devient raide ou si les spasmes s&apos;étendent, appelez les services d&apos;urgence.</translation>
    </message>
    <message>
        <source>Cramps after contact with lead or mercury</source>
        <translation>Crampes après un contact avec du plomb ou du mercure</translation>
    </message>
    <message>
        <source>Cramps that begin after contact with lead or mercury can be a sign of poisoning. They need checking by a doctor today.</source>
        <translation>Des crampes qui commencent après un contact avec du plomb ou du mercure peuvent être le signe d&apos;une intoxication. Elles doivent être vérifiées par un médecin aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Weakness or wasting of a muscle, or numbness, alongside cramps can be a sign of a nerve or muscle problem. It needs checking by your doctor. If it came on suddenly, call emergency services.</source>
        <translation>Une faiblesse ou une fonte d&apos;un muscle, ou un engourdissement, avec des crampes peut être le signe d&apos;un problème nerveux ou musculaire. Cela doit être vérifié par votre médecin. Si c&apos;est apparu soudainement, appelez les services d&apos;urgence.</translation>
    </message>
    <message>
        <source>A change in the skin colour of the leg or foot</source>
        <translation>Un changement de couleur de la peau de la jambe ou du pied</translation>
    </message>
    <message>
        <source>A change in the colour of the skin of a leg or foot alongside cramps needs checking by your doctor. If the foot suddenly turns cold, pale or blue, call emergency services.</source>
        <translation>Un changement de couleur de la peau d&apos;une jambe ou d&apos;un pied avec des crampes doit être vérifié par votre médecin. Si le pied devient soudain froid, pâle ou bleu, appelez les services d&apos;urgence.</translation>
    </message>
    <message>
        <source>Leg pain at rest that eases when the leg hangs down, or sores that do not heal</source>
        <translation>Douleur de jambe au repos qui se calme jambe pendante, ou plaies qui ne guérissent pas</translation>
    </message>
    <message>
        <source>Foot or leg pain at rest at night that eases when the leg hangs down, or sores on the feet or legs that do not heal, can be a sign of narrowed arteries in the legs (peripheral arterial disease), which can be mistaken for night cramps. It needs checking by your doctor.</source>
        <translation>Une douleur du pied ou de la jambe au repos la nuit, qui se calme quand la jambe pend, ou des plaies aux pieds ou aux jambes qui ne guérissent pas, peuvent être le signe d&apos;artères rétrécies dans les jambes (artériopathie des membres inférieurs), que l&apos;on peut confondre avec des crampes nocturnes. Cela doit être vérifié par votre médecin.</translation>
    </message>
    <message>
        <source>A warning symptom earlier that has passed</source>
        <translation>Un symptôme d&apos;alerte passé</translation>
    </message>
    <message>
        <source>A warning symptom that happened more than 7 days ago and has passed is worth telling your doctor about at your next appointment. If it comes back, act on it straight away.</source>
        <translation>Un symptôme d&apos;alerte survenu il y a plus de 7 jours et passé depuis mérite d&apos;être signalé à votre médecin lors du prochain rendez-vous. S&apos;il revient, agissez immédiatement.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders and start at login</source>
        <translation>Rappels et démarrage à l’ouverture de session</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Each &amp;morning, ask “Last night?”</source>
        <translation>Chaque &amp;matin, demander « La nuit dernière&#xa0;? »</translation>
    </message>
    <message>
        <source>Morning reminder</source>
        <translation>Rappel du matin</translation>
    </message>
    <message>
        <source>In the &amp;evening, remind me of the measure I am trying</source>
        <translation>Le &amp;soir, me rappeler la mesure que j’essaie</translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation>Rappel du soir</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Heure du rappel du matin</translation>
    </message>
    <message>
        <source>Evening reminder time</source>
        <translation>Heure du rappel du soir</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps the app running in the tray so it can remind you. No reminder comes once the morning is answered.</source>
        <translation>Tant qu’un rappel est activé, fermer la fenêtre laisse l’application dans la zone de notification pour pouvoir vous le rappeler. Aucun rappel n’arrive si le matin a déjà été renseigné.</translation>
    </message>
    <message>
        <source>&amp;Start Leg Cramp Companion when I log in</source>
        <translation>&amp;Démarrer Leg Cramp Companion à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrage à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>Le démarrage à l’ouverture de session n’a pas pu être modifié&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Advice that applies</source>
        <translation>Conseils applicables</translation>
    </message>
    <message>
        <source>General advice linked to the findings of the checklist of %1, in short form. It is information to discuss with a doctor, not a treatment plan.</source>
        <translation>Conseils généraux liés aux constats du questionnaire du %1, sous forme abrégée. Ce sont des informations à discuter avec un médecin, pas un plan de traitement.</translation>
    </message>
    <message>
        <source>No checklist has been completed, so no advice is linked to findings.</source>
        <translation>Aucun questionnaire n&apos;a été rempli&#xa0;; aucun conseil n&apos;est donc lié à des constats.</translation>
    </message>
    <message>
        <source>The findings of the latest checklist have no advice attached.</source>
        <translation>Les constats du dernier questionnaire ne sont associés à aucun conseil.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key points of the article “Sodium and leg cramps”</source>
        <translation>Points clés de l&apos;article «&#xa0;Sodium et crampes aux jambes&#xa0;»</translation>
    </message>
    <message>
        <source>Questions to ask your doctor</source>
        <translation>Questions à poser à votre médecin</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Sources citées</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>À noter</translation>
    </message>
    <message>
        <source>Appendix: all episodes</source>
        <translation>Annexe&#xa0;: tous les épisodes</translation>
    </message>
    <message>
        <source>Filters used: the period %1 – %2; all episodes, none left out; oldest first.</source>
        <translation>Filtres utilisés&#xa0;: la période %1 – %2&#xa0;; tous les épisodes, aucun exclu&#xa0;; du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>Episodes listed: %1.</source>
        <translation>Épisodes listés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No episodes were logged in this period.</source>
        <translation>Aucun épisode n&apos;a été noté sur cette période.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Symptoms: %1</source>
        <translation>Symptômes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date, time</source>
        <translation>Date, heure</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Intensité (0–10)</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Muscle</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté atteint</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Triggers (24 h before)</source>
        <translation>Déclencheurs (24&#xa0;h avant)</translation>
    </message>
    <message>
        <source>Relief (helped?)</source>
        <translation>Soulagement (efficace&#xa0;?)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Leg cramp report</source>
        <translation>Rapport sur les crampes aux jambes</translation>
    </message>
    <message>
        <source>Self-reported by the patient, not clinically reviewed</source>
        <translation>Déclaré par le patient, non vérifié cliniquement</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No sections were chosen for this report.</source>
        <translation>Aucune section n&apos;a été choisie pour ce rapport.</translation>
    </message>
    <message>
        <source>Leg cramps are sudden, involuntary tightenings of a muscle, often in the calf, thigh or foot. Many factors contribute.</source>
        <translation>Les crampes aux jambes sont des contractions soudaines et involontaires d&apos;un muscle, souvent du mollet, de la cuisse ou du pied. De nombreux facteurs y contribuent.</translation>
    </message>
    <message>
        <source>Sodium keeps the fluid inside and outside cells in balance and carries the nerve signals that make muscles contract.</source>
        <translation>Le sodium maintient l&apos;équilibre des liquides à l&apos;intérieur et à l&apos;extérieur des cellules, et transmet les signaux nerveux qui font se contracter les muscles.</translation>
    </message>
    <message>
        <source>Common contributors are dehydration, tired or overworked muscles, low potassium or magnesium, some medicines, and conditions that affect nerves or circulation.</source>
        <translation>Les facteurs fréquents sont la déshydratation, des muscles fatigués ou surmenés, un manque de potassium ou de magnésium, certains médicaments, et les maladies qui touchent les nerfs ou la circulation.</translation>
    </message>
    <message>
        <source>The link with sodium is indirect: a salty meal rarely causes a cramp by itself, but a lot of salt without enough fluid can worsen dehydration, and very low blood sodium can also cause cramps.</source>
        <translation>Le lien avec le sodium est indirect&#xa0;: un repas salé provoque rarement une crampe à lui seul, mais beaucoup de sel sans assez de liquide peut aggraver une déshydratation, et un taux de sodium très bas dans le sang peut aussi provoquer des crampes.</translation>
    </message>
    <message>
        <source>What may help: drinking regularly, guided by thirst; replacing salts after prolonged heavy sweating (with high blood pressure, heart or kidney disease, ask a doctor first); fruit, vegetables and nuts; and regular stretching.</source>
        <translation>Ce qui peut aider&#xa0;: boire régulièrement, en se fiant à sa soif&#xa0;; remplacer les sels perdus après une transpiration abondante et prolongée (en cas de tension artérielle élevée, de maladie du cœur ou des reins, demander d&apos;abord l&apos;avis d&apos;un médecin)&#xa0;; fruits, légumes et fruits à coque&#xa0;; étirements réguliers.</translation>
    </message>
    <message>
        <source>Cramps that are persistent or severe, or that come with other worrying symptoms, are a reason to see a doctor.</source>
        <translation>Des crampes persistantes ou intenses, ou accompagnées d&apos;autres symptômes inquiétants, sont une raison de consulter un médecin.</translation>
    </message>
    <message>
        <source>Could any of my medicines or supplements be contributing to my cramps? Are there alternatives?</source>
        <translation>Un de mes médicaments ou compléments alimentaires pourrait-il contribuer à mes crampes&#xa0;? Existe-t-il des alternatives&#xa0;?</translation>
    </message>
    <message>
        <source>Could this be another condition, such as a circulation problem, restless legs or nerve damage?</source>
        <translation>Pourrait-il s&apos;agir d&apos;un autre problème, comme un trouble de la circulation, un syndrome des jambes sans repos ou une atteinte des nerfs&#xa0;?</translation>
    </message>
    <message>
        <source>Do I need blood tests (sodium, potassium, magnesium, calcium, kidney function, thyroid, glucose)?</source>
        <translation>Ai-je besoin d&apos;une prise de sang (sodium, potassium, magnésium, calcium, fonction rénale, thyroïde, glycémie)&#xa0;?</translation>
    </message>
    <message>
        <source>Could my existing condition be linked to the cramps?</source>
        <translation>Mon problème de santé actuel pourrait-il être lié aux crampes&#xa0;?</translation>
    </message>
    <message>
        <source>Which stretches should I do, and how often?</source>
        <translation>Quels étirements devrais-je faire, et à quelle fréquence&#xa0;?</translation>
    </message>
    <message>
        <source>Is magnesium worth trying for me?</source>
        <translation>Le magnésium vaut-il la peine d&apos;être essayé dans mon cas&#xa0;?</translation>
    </message>
    <message>
        <source>Are any medicines suitable for me? (Quinine works but is no longer advised for routine use.)</source>
        <translation>Certains médicaments me conviendraient-ils&#xa0;? (La quinine est efficace, mais n&apos;est plus recommandée en usage courant.)</translation>
    </message>
    <message>
        <source>How much should I drink, and should I take salt or electrolytes during exercise?</source>
        <translation>Combien devrais-je boire, et devrais-je prendre du sel ou des électrolytes pendant l&apos;effort&#xa0;?</translation>
    </message>
    <message>
        <source>Which symptoms should make me seek help urgently?</source>
        <translation>Quels symptômes doivent me faire consulter en urgence&#xa0;?</translation>
    </message>
    <message>
        <source>This report is information to discuss with a doctor, not a diagnosis. The entries and checklist answers were recorded by the patient and have not been clinically reviewed.</source>
        <translation>Ce rapport contient des informations à discuter avec un médecin, pas un diagnostic. Les saisies et les réponses au questionnaire ont été enregistrées par le patient et n&apos;ont pas été vérifiées cliniquement.</translation>
    </message>
    <message>
        <source>Talk to your doctor before changing anything: do not start, stop or change a medicine or supplement on your own.</source>
        <translation>Parlez à votre médecin avant de changer quoi que ce soit&#xa0;: ne commencez pas, n&apos;arrêtez pas et ne modifiez pas un médicament ou un complément alimentaire de vous-même.</translation>
    </message>
    <message>
        <source>In an emergency, such as sudden breathlessness, chest pain, confusion or collapse, call emergency services.</source>
        <translation>En cas d&apos;urgence, par exemple un essoufflement soudain, une douleur dans la poitrine, une confusion ou un malaise avec chute, appelez les services d&apos;urgence.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Medicines and checklist</source>
        <translation>Médicaments et questionnaire</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>No medicines are recorded.</source>
        <translation>Aucun médicament n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 par semaine</translation>
    </message>
    <message>
        <source>No start date recorded.</source>
        <translation>Aucune date de début enregistrée.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Latest checklist</source>
        <translation>Dernier questionnaire</translation>
    </message>
    <message>
        <source>No checklist has been completed.</source>
        <translation>Aucun questionnaire n&apos;a été rempli.</translation>
    </message>
    <message>
        <source>Completed on %1.</source>
        <translation>Rempli le %1.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <source>Unknown (answered “not sure” or not answered)</source>
        <translation>Inconnu (réponse «&#xa0;Je ne sais pas&#xa0;» ou sans réponse)</translation>
    </message>
    <message>
        <source>started or changed in the last 3 months</source>
        <translation>commencé ou modifié au cours des 3 derniers mois</translation>
    </message>
    <message>
        <source>Cramps per week before and after a start or stop</source>
        <translation>Crampes par semaine avant et après un début ou un arrêt</translation>
    </message>
    <message>
        <source>Counted over the days the diary was kept (days without any entry in gaps shorter than %3 days count as days without cramps), in two windows of equal length, up to %1 weeks, before and from the day of the change; shown only with at least %2 such days on each side.</source>
        <translation>Comptées sur les jours où le journal a été tenu (les jours sans aucune saisie dans des interruptions de moins de %3 jours comptent comme des jours sans crampes), sur deux périodes de même durée, jusqu’à %1 semaines, avant et à partir du jour du changement&#xa0;; affiché seulement avec au moins %2 de ces jours de chaque côté.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>From that day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Commencé le %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Arrêté le %1</translation>
    </message>
    <message>
        <source>%1 started on %2, inside this window</source>
        <translation>%1 commencé le %2, pendant cette période</translation>
    </message>
    <message>
        <source>%1 stopped on %2, inside this window</source>
        <translation>%1 arrêté le %2, pendant cette période</translation>
    </message>
    <message>
        <source>%1 cramps over %2 days kept, %3 – %4</source>
        <translation>%1 crampes sur %2 jours suivis, %3 – %4</translation>
    </message>
    <message>
        <source>Not enough days kept on each side to compare.</source>
        <translation>Pas assez de jours suivis de chaque côté pour comparer.</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>«&#xa0;Je ne sais pas&#xa0;»</translation>
    </message>
    <message>
        <source>Not answered (%1 questions), so unknown, not counted as no:</source>
        <translation>Questions sans réponse (%1), donc inconnues, et non comptées comme «&#xa0;non&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>If it applies: %1</source>
        <translation>Si cela s&apos;applique&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answers pointed to no warning sign and no known risk factor.</source>
        <translation>Les réponses n&apos;ont fait ressortir aucun signe d&apos;alerte ni aucun facteur de risque connu.</translation>
    </message>
    <message>
        <source>Changes since the checklist of %1</source>
        <translation>Changements depuis le questionnaire du %1</translation>
    </message>
    <message>
        <source>There is no earlier checklist to compare with.</source>
        <translation>Aucun questionnaire antérieur pour comparer.</translation>
    </message>
    <message>
        <source>No change in the findings.</source>
        <translation>Aucun changement dans les constats.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>No longer found: %1</source>
        <translation>Plus constaté&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>signe d&apos;alerte</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Calendar of cramp days</source>
        <translation>Calendrier des jours avec crampes</translation>
    </message>
    <message>
        <source>Cramp day</source>
        <translation>Jour avec crampes</translation>
    </message>
    <message>
        <source>Marked “no cramps”</source>
        <translation>Marqué «&#xa0;sans crampes&#xa0;»</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>Aucune saisie</translation>
    </message>
    <message>
        <source>The period covers %1 months; the calendar shows the last 12.</source>
        <translation>La période couvre %1 mois&#xa0;; le calendrier montre les 12 derniers.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>By the hour in which each episode began, local time.</source>
        <translation>Selon l&apos;heure à laquelle chaque épisode a commencé, en heure locale.</translation>
    </message>
    <message>
        <source>Severity of each episode</source>
        <translation>Intensité de chaque épisode</translation>
    </message>
    <message>
        <source>Each dot is one episode: 0 is no pain, 10 the worst pain imaginable.</source>
        <translation>Chaque point est un épisode&#xa0;: 0 correspond à aucune douleur, 10 à la pire douleur imaginable.</translation>
    </message>
    <message>
        <source>Muscles and sides</source>
        <translation>Muscles et côtés</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Relief tried</source>
        <translation>Moyens de soulagement essayés</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Soulagement</translation>
    </message>
    <message>
        <source>Times tried</source>
        <translation>Nombre d&apos;essais</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Nothing was tried for %1 episodes.</source>
        <translation>Rien n&apos;a été essayé pour %1 épisodes.</translation>
    </message>
    <message>
        <source>Nothing was tried for 1 episode.</source>
        <translation>Rien n&apos;a été essayé pour 1 épisode.</translation>
    </message>
    <message>
        <source>No relief was recorded in this period.</source>
        <translation>Aucun moyen de soulagement n&apos;a été noté sur cette période.</translation>
    </message>
    <message>
        <source>When several things were tried for one episode, the answer counts for each of them. Cramps often ease by themselves, so feeling better afterwards does not prove that a remedy works.</source>
        <translation>Quand plusieurs choses ont été essayées pour un même épisode, la réponse compte pour chacune d&apos;elles. Les crampes passent souvent d&apos;elles-mêmes&#xa0;; se sentir mieux ensuite ne prouve donc pas qu&apos;un remède fonctionne.</translation>
    </message>
    <message>
        <source>Possible triggers: associations, not causes</source>
        <translation>Déclencheurs possibles&#xa0;: des associations, pas des causes</translation>
    </message>
    <message>
        <source>Cramp days among the recorded days on which the patient noted a possible trigger (in the 24 hours before an episode, or on a day answered “no cramps”), against the other recorded days; days without any entry are left out. A trigger is shown only with at least %1 days without cramps on which it was noted and %1 on which it was not.</source>
        <translation>Jours avec crampes parmi les jours saisis où le patient a noté un déclencheur possible (dans les 24 heures avant un épisode, ou un jour où il a répondu «&#xa0;sans crampes&#xa0;»), comparés aux autres jours saisis&#xa0;; les jours sans aucune saisie sont exclus. Un déclencheur n’est affiché qu’avec au moins %1 jours sans crampes où il a été noté et %1 où il ne l’a pas été.</translation>
    </message>
    <message>
        <source>Too little data to compare (fewer than %2 days without cramps with it, or without it): %1.</source>
        <translation>Trop peu de données pour comparer (moins de %2 jours sans crampes avec lui, ou sans lui)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No possible trigger can be compared yet: that needs at least %1 days answered “no cramps” on which it was noted and %1 on which it was not. Answering “No cramps” on the morning card, with what happened the day before, provides them.</source>
        <translation>Aucun déclencheur possible ne peut encore être comparé&#xa0;: il faut au moins %1 jours où l’on a répondu «&#xa0;sans crampes&#xa0;» et où il a été noté, et %1 où il ne l’a pas été. Répondre «&#xa0;Aucune crampe&#xa0;» sur la carte du matin, avec ce qui s’est passé la veille, les fournit.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Cramp days when noted</source>
        <translation>Jours avec crampes si noté</translation>
    </message>
    <message>
        <source>Cramp days otherwise</source>
        <translation>Jours avec crampes sinon</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>association, not cause</source>
        <translation>association, pas une cause</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Triggers are noted mostly together with a cramp, which makes days with a trigger look worse than they may be.</source>
        <translation>Les déclencheurs sont surtout notés en même temps qu&apos;une crampe, ce qui peut faire paraître les jours avec déclencheur plus défavorables qu&apos;ils ne le sont.</translation>
    </message>
    <message>
        <source>No possible triggers were noted in this period.</source>
        <translation>Aucun déclencheur possible n&apos;a été noté sur cette période.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Leg Cramp Companion %1</source>
        <translation>Leg Cramp Companion %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>À l&apos;attention de</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>No day of this period was logged at all, so the report cannot say whether there were cramps.</source>
        <translation>Aucun jour de cette période n&apos;a été renseigné&#xa0;; le rapport ne peut donc pas dire s&apos;il y a eu des crampes.</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période préc.</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Jours avec crampes</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Épisodes par semaine</translation>
    </message>
    <message>
        <source>Cramp days per week</source>
        <translation>Jours avec crampes par semaine</translation>
    </message>
    <message>
        <source>Per week: over the days the diary was kept.</source>
        <translation>Par semaine&#xa0;: sur les jours où le journal a été tenu.</translation>
    </message>
    <message>
        <source>This period: %1.</source>
        <translation>Cette période&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not comparable with the previous period: the diary covers %1 of %2 days of it.</source>
        <translation>Pas comparable à la période précédente&#xa0;: le journal en couvre %1 jours sur %2.</translation>
    </message>
    <message>
        <source>Not compared with the previous period: the diary covers only %1 of %2 days of this period.</source>
        <translation>Non comparé à la période précédente&#xa0;: le journal ne couvre que %1 jours sur %2 de cette période.</translation>
    </message>
    <message>
        <source>Median severity (0–10)</source>
        <translation>Intensité médiane (0–10)</translation>
    </message>
    <message>
        <source>Highest severity (0–10)</source>
        <translation>Intensité maximale (0–10)</translation>
    </message>
    <message>
        <source>Median duration (minutes)</source>
        <translation>Durée médiane (minutes)</translation>
    </message>
    <message>
        <source>Longest duration (minutes)</source>
        <translation>Durée maximale (minutes)</translation>
    </message>
    <message>
        <source>Episodes that woke the patient</source>
        <translation>Épisodes ayant réveillé le patient</translation>
    </message>
    <message>
        <source>Mean sleep disturbance (0–10)</source>
        <translation>Perturbation moyenne du sommeil (0–10)</translation>
    </message>
    <message>
        <source>This period: %1. Previous period: %2.</source>
        <translation>Cette période&#xa0;: %1. Période précédente&#xa0;: %2.</translation>
    </message>
    <message>
        <source>– means no episodes, or not recorded.</source>
        <translation>– signifie aucun épisode, ou non renseigné.</translation>
    </message>
    <message>
        <source>Figures vary by chance: a change between periods does not show that anything tried had an effect.</source>
        <translation>Les chiffres varient par hasard&#xa0;: un changement entre deux périodes ne montre pas que ce qui a été essayé a eu un effet.</translation>
    </message>
    <message>
        <source>Each bar is a week of the period, labelled by its first day.</source>
        <translation>Chaque barre correspond à une semaine de la période, indiquée par son premier jour.</translation>
    </message>
    <message>
        <source>Diary kept %1 – %2: %3 of %4 days.</source>
        <translation>Journal tenu du %1 au %2&#xa0;: %3 jours sur %4.</translation>
    </message>
    <message>
        <source>Nothing recorded before %1.</source>
        <translation>Rien de saisi avant le %1.</translation>
    </message>
    <message>
        <source>Nothing recorded after %1.</source>
        <translation>Rien de saisi après le %1.</translation>
    </message>
    <message>
        <source>Stretches of %1 days or more without any entry count as not kept.</source>
        <translation>Les périodes de %1 jours ou plus sans aucune saisie comptent comme non suivies.</translation>
    </message>
    <message>
        <source>Of the days kept: %1 with cramps, %2 marked “no cramps”, and %3 without any entry, counted as days without cramps because they lie in gaps shorter than %4 days (people log their cramps, not their absence).</source>
        <translation>Parmi les jours suivis&#xa0;: %1 avec crampes, %2 marqués «&#xa0;sans crampes&#xa0;» et %3 sans aucune saisie, comptés comme jours sans crampes car ils se trouvent dans des interruptions de moins de %4 jours (on note ses crampes, pas leur absence).</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Médicaments actuels</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>start date not recorded</source>
        <translation>date de début non renseignée</translation>
    </message>
    <message>
        <source>No current medicines are recorded.</source>
        <translation>Aucun médicament actuel n’est enregistré.</translation>
    </message>
    <message>
        <source>Cramp days per month, %1 – %2</source>
        <translation>Jours avec crampes par mois, %1 – %2</translation>
    </message>
    <message>
        <source>The last 12 months. – : the diary was kept on fewer than half the month&apos;s days.</source>
        <translation>Les 12 derniers mois. –&#xa0;: le journal a été tenu moins de la moitié des jours du mois.</translation>
    </message>
    <message>
        <source>The last bar covers only %1 days.</source>
        <translation>La dernière barre ne couvre que %1 jours.</translation>
    </message>
    <message>
        <source>The last bar covers only 1 day.</source>
        <translation>La dernière barre ne couvre qu&apos;un seul jour.</translation>
    </message>
    <message>
        <source>– marks a week without any logged day.</source>
        <translation>– indique une semaine sans aucun jour renseigné.</translation>
    </message>
    <message>
        <source>Topics to discuss</source>
        <translation>Points à aborder</translation>
    </message>
    <message>
        <source>Possible contributing factors (checklist of %1)</source>
        <translation>Facteurs contributifs possibles (questionnaire du %1)</translation>
    </message>
    <message>
        <source>The checklist of %1 found no risk factor.</source>
        <translation>Le questionnaire du %1 n&apos;a trouvé aucun facteur de risque.</translation>
    </message>
    <message>
        <source>From the patient&apos;s own entries and checklist answers: topics to talk about, not a diagnosis.</source>
        <translation>D&apos;après les saisies et les réponses au questionnaire du patient&#xa0;: des points à aborder, pas un diagnostic.</translation>
    </message>
    <message>
        <source>Left out: %1 entries of this period could not be read (a value in them is not valid, perhaps because the data file was damaged).</source>
        <translation>Omises : %1 entrées de cette période n&apos;ont pas pu être lues (une valeur y est invalide, peut-être parce que le fichier de données a été endommagé).</translation>
    </message>
    <message>
        <source>An improvement after a start does not prove that the medicine helped: in trials, people given a placebo also improved by about a quarter. A change in either direction is an association, not proof of an effect: other changes at the same time can explain a difference, and no change does not rule out an effect.</source>
        <translation>Une amélioration après le début d&apos;un médicament ne prouve pas que ce médicament a aidé : dans les essais, les personnes ayant reçu un placebo se sont aussi améliorées d&apos;environ un quart. Un changement, dans un sens ou dans l&apos;autre, est une association, pas la preuve d&apos;un effet : d&apos;autres changements au même moment peuvent expliquer une différence, et l&apos;absence de changement n&apos;exclut pas un effet.</translation>
    </message>
    <message>
        <source>Reasons for a routine appointment</source>
        <translation>Raisons de prendre un rendez-vous habituel</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>warning question to check</source>
        <translation>question d&apos;alerte à vérifier</translation>
    </message>
    <message>
        <source>reason for an appointment</source>
        <translation>raison de prendre rendez-vous</translation>
    </message>
    <message>
        <source>No reason for a routine appointment was logged or answered.</source>
        <translation>Ni le journal ni la liste n&apos;ont indiqué de raison de prendre un rendez-vous habituel.</translation>
    </message>
    <message>
        <source>Cramps on %1 of the %2 days up to %3 (the log); the app suggested a routine appointment.</source>
        <translation>Crampes %1 jours sur %2 jusqu&apos;au %3 (journal) ; l&apos;application a suggéré un rendez-vous habituel.</translation>
    </message>
    <message>
        <source>(“yes” in the checklist of %1)</source>
        <translation>(« oui » dans la liste du %1)</translation>
    </message>
    <message>
        <source>Symptoms that may be another condition (checklist of %1)</source>
        <translation>Symptômes qui peuvent relever d&apos;une autre affection (liste du %1)</translation>
    </message>
    <message>
        <source>The checklist of %1 found no risk factor in the questions answered; %2 questions were not answered.</source>
        <translation>La liste du %1 n&apos;a trouvé aucun facteur de risque dans les questions répondues ; %2 questions sont restées sans réponse.</translation>
    </message>
    <message>
        <source>%1 logged with a cramp in the %2 on %3; the app advised %4.</source>
        <translation>%1 noté avec une crampe (%2) le %3 ; l&apos;application a conseillé %4.</translation>
    </message>
    <message>
        <source>A cramp in the %1 lasting %2 minutes logged on %3; the app advised %4.</source>
        <translation>Une crampe (%1) de %2 minutes notée le %3 ; l&apos;application a conseillé %4.</translation>
    </message>
    <message>
        <source>%1 such episodes in this period.</source>
        <translation>%1 épisodes de ce type sur la période.</translation>
    </message>
    <message>
        <source>Answered “yes” in the checklist of %1: “%2” The app advised %3.</source>
        <translation>Réponse « oui » dans la liste du %1 : « %2 » L&apos;application a conseillé %3.</translation>
    </message>
    <message>
        <source>Warning questions answered “not sure” or not answered</source>
        <translation>Questions d&apos;alerte répondues « pas sûr » ou sans réponse</translation>
    </message>
    <message>
        <source>Answered “not sure” in the checklist of %1: “%2” If it applies, the app advised %3.</source>
        <translation>Réponse « pas sûr » dans la liste du %1 : « %2 » Si c&apos;est le cas, l&apos;application a conseillé %3.</translation>
    </message>
    <message>
        <source>Not answered in the checklist of %1; if one applies, the app advised %2: %3.</source>
        <translation>Sans réponse dans la liste du %1 ; si l&apos;un s&apos;applique, l&apos;application a conseillé %2 : %3.</translation>
    </message>
    <message>
        <source>No warning symptoms were recorded with the %1 episodes of this period.</source>
        <translation>Aucun symptôme d&apos;alerte n&apos;a été noté avec les %1 épisodes de la période.</translation>
    </message>
    <message>
        <source>No warning symptoms were recorded with the 1 episode of this period.</source>
        <translation>Aucun symptôme d&apos;alerte n&apos;a été noté avec l&apos;épisode de la période.</translation>
    </message>
    <message>
        <source>No episodes in this period, so no symptoms were recorded with one.</source>
        <translation>Aucun épisode sur la période, donc aucun symptôme n&apos;a pu être noté avec un épisode.</translation>
    </message>
    <message>
        <source>In the checklist of %1, every warning question was answered “no”.</source>
        <translation>Dans la liste du %1, toutes les questions d&apos;alerte ont reçu la réponse « non ».</translation>
    </message>
    <message>
        <source>No checklist in this period.</source>
        <translation>Aucune liste sur la période.</translation>
    </message>
    <message>
        <source>calling emergency services</source>
        <translation>d&apos;appeler les services d&apos;urgence</translation>
    </message>
    <message>
        <source>same-day review</source>
        <translation>un examen médical le jour même</translation>
    </message>
    <message>
        <source>a routine appointment</source>
        <translation>un rendez-vous habituel</translation>
    </message>
    <message>
        <source>same-day advice on a tetanus jab</source>
        <translation>un avis le jour même sur le vaccin antitétanique</translation>
    </message>
    <message>
        <source>telling the doctor at the next appointment</source>
        <translation>d&apos;en parler au médecin au prochain rendez-vous</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Gonflement</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Faiblesse</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Engourdissement</translation>
    </message>
    <message>
        <source>A skin colour change</source>
        <translation>Un changement de couleur de la peau</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 (côté gauche)</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 (côté droit)</translation>
    </message>
    <message>
        <source>%1 (both legs)</source>
        <translation>%1 (les deux jambes)</translation>
    </message>
    <message>
        <source>calf</source>
        <translation>mollet</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>pied</translation>
    </message>
    <message>
        <source>toes</source>
        <translation>orteils</translation>
    </message>
    <message>
        <source>shin</source>
        <translation>tibia</translation>
    </message>
    <message>
        <source>front of the thigh</source>
        <translation>avant de la cuisse</translation>
    </message>
    <message>
        <source>back of the thigh</source>
        <translation>arrière de la cuisse</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>jambe</translation>
    </message>
    <message>
        <source>What the patient tried</source>
        <translation>Ce que le patient a essayé</translation>
    </message>
    <message>
        <source>One measure at a time, compared with the same number of weeks just before it; only observed days of the diary count. %1</source>
        <translation>Une mesure à la fois, comparée au même nombre de semaines juste avant&#xa0;; seuls les jours observés du journal comptent.&#xa0;%1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Adherence: %1</source>
        <translation>Observance&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>ReportOptionsPanel</name>
    <message>
        <source>Summary and key numbers</source>
        <translation>Résumé et chiffres clés</translation>
    </message>
    <message>
        <source>Patterns and charts</source>
        <translation>Tendances et graphiques</translation>
    </message>
    <message>
        <source>Medicines and checklist</source>
        <translation>Médicaments et questionnaire</translation>
    </message>
    <message>
        <source>Advice and questions to ask</source>
        <translation>Conseils et questions à poser</translation>
    </message>
    <message>
        <source>Every episode (appendix)</source>
        <translation>Tous les épisodes (annexe)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>The first day is after the last day. Choose a later last day.</source>
        <translation>Le premier jour est après le dernier jour. Choisissez un dernier jour plus tardif.</translation>
    </message>
    <message>
        <source>Choose at least one part to include in the report.</source>
        <translation>Choisissez au moins une partie à inclure dans le rapport.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Éléments à inclure</translation>
    </message>
    <message>
        <source>Names on the report</source>
        <translation>Noms sur le rapport</translation>
    </message>
    <message>
        <source>Language and paper</source>
        <translation>Langue et papier</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Péri&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Dat&amp;e de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prepared for:</source>
        <translation>À l&apos;attent&amp;ion de&#xa0;:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Lan&amp;gue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Fo&amp;rmat du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Optional, printed next to your name</source>
        <translation>Facultatif, imprimée à côté de votre nom</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Premier jour du rapport</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Dernier jour du rapport</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Printed at the top of every page</source>
        <translation>Imprimé en haut de chaque page</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>À l&apos;attention de</translation>
    </message>
    <message>
        <source>For example your doctor&apos;s name</source>
        <translation>Par exemple le nom de votre médecin</translation>
    </message>
    <message>
        <source>Optional, e.g. Dr Jones</source>
        <translation>Facultatif, par ex. Dr Martin</translation>
    </message>
    <message>
        <source>Remember these names on this computer</source>
        <translation>Mémoriser ces noms sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Remember these on this computer</source>
        <translation>&amp;Mémoriser ces noms sur cet ordinateur</translation>
    </message>
    <message>
        <source>Printed on the report only. They are not kept unless you tick “Remember”.</source>
        <translation>Imprimés uniquement sur le rapport. Ils ne sont pas conservés, sauf si vous cochez «&#xa0;Mémoriser&#xa0;».</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Independent of the app&apos;s language</source>
        <translation>Indépendante de la langue de l&apos;application</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Report for your doctor</source>
        <translation>Rapport pour votre médecin</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>A PDF of your log to bring to your doctor: a one-page summary first, then the details you choose. It stays on this computer until you share it.</source>
        <translation>Un PDF de votre journal à apporter à votre médecin&#xa0;: d&apos;abord un résumé d&apos;une page, puis les détails que vous choisissez. Il reste sur cet ordinateur jusqu&apos;à ce que vous le partagiez.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <source>Save the report and open it in your PDF viewer</source>
        <translation>Enregistrer le rapport et l&apos;ouvrir dans votre visionneuse PDF</translation>
    </message>
    <message>
        <source>Open in vie&amp;wer</source>
        <translation>Ouvrir dans la &amp;visionneuse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>Report choices</source>
        <translation>Options du rapport</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Scroll with the arrow keys</source>
        <translation>Faites défiler avec les touches fléchées</translation>
    </message>
    <message>
        <source>The preview of your report appears here.</source>
        <translation>L&apos;aperçu de votre rapport s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>The preview was stopped. Change an option to make it again.</source>
        <translation>L&apos;aperçu a été interrompu. Modifiez une option pour le relancer.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Annulé. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The report could not be made because of an unexpected problem.</source>
        <translation>Le rapport n&apos;a pas pu être créé à cause d&apos;un problème inattendu.</translation>
    </message>
    <message>
        <source>Pages: %1. This is exactly what will be saved.</source>
        <translation>Pages&#xa0;: %1. C&apos;est exactement ce qui sera enregistré.</translation>
    </message>
    <message>
        <source>Saved to %1 (pages: %2).</source>
        <translation>Enregistré dans %1 (pages&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Saved to %1, but no PDF viewer opened it. Open it from your files.</source>
        <translation>Enregistré dans %1, mais aucune visionneuse PDF ne l&apos;a ouvert. Ouvrez-le depuis vos fichiers.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <source>Saving… %p%</source>
        <translation>Enregistrement… %p&#xa0;%</translation>
    </message>
    <message>
        <source>Making the preview… %p%</source>
        <translation>Création de l&apos;aperçu… %p&#xa0;%</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the report (%1)</source>
        <translation>Choisir où enregistrer le rapport (%1)</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Cramp saved: %1/10, %2, %3, %4</source>
        <translation>Crampe enregistrée&#xa0;: %1/10, %2, %3, %4</translation>
    </message>
    <message>
        <source>The cramp was removed.</source>
        <translation>La crampe a été supprimée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: remove the cramp just saved</source>
        <translation>Annuler&#xa0;: supprimer la crampe qui vient d&apos;être enregistrée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Ta&amp;ille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SeverityPicker</name>
    <message>
        <source>Severity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Type a number from 0 (no pain) to 10 (worst pain imaginable)</source>
        <translation>Tapez un nombre de 0 (aucune douleur) à 10 (pire douleur imaginable)</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Intensité %1</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = aucune douleur</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = pire douleur imaginable</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>The bundled article &quot;Sodium and leg cramps&quot;</source>
        <translation>L&apos;article «&#xa0;Sodium et crampes aux jambes&#xa0;» fourni avec l&apos;application</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Start when you log in?</source>
        <translation>Démarrer à l’ouverture de session&#xa0;?</translation>
    </message>
    <message>
        <source>You have used Leg Cramp Companion for a week. Should it start by itself when you log in, so that morning reminders reach you? You can change this any time in Settings → Reminders and start at login.</source>
        <translation>Vous utilisez Leg Cramp Companion depuis une semaine. Doit-il démarrer tout seul à l’ouverture de session, pour que les rappels du matin vous parviennent&#xa0;? Vous pouvez le changer à tout moment dans Paramètres → Rappels et démarrage à l’ouverture de session.</translation>
    </message>
</context>
<context>
    <name>StartupFailure</name>
    <message>
        <source>The app cannot use the data folder %1 (%2). Check that the folder can be written to, or start the app with another folder (--data-dir).</source>
        <translation>L’application ne peut pas utiliser le dossier de données %1 (%2). Vérifiez que l’on peut écrire dans ce dossier, ou démarrez l’application avec un autre dossier (--data-dir).</translation>
    </message>
    <message>
        <source>Leg Cramp Companion is already open with the data folder %1, but it does not answer. Close it (if needed, end it in the Task Manager), then start the app again.</source>
        <translation>Leg Cramp Companion est déjà ouvert avec le dossier de données %1, mais ne répond pas. Fermez-le (si nécessaire, arrêtez-le dans le Gestionnaire des tâches), puis redémarrez l’application.</translation>
    </message>
</context>
<context>
    <name>StorageDialogs</name>
    <message>
        <source>Your data could not be opened.</source>
        <translation>Vos données n&apos;ont pas pu être ouvertes.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made.</source>
        <translation>La sauvegarde automatique du jour n&apos;a pas pu être effectuée.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion stops because your data file is damaged; it has been kept as “%1” in your data folder.</source>
        <translation>Leg Cramp Companion s&apos;arrête, car votre fichier de données est endommagé&#xa0;; il a été conservé sous le nom «&#xa0;%1&#xa0;» dans votre dossier de données.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Votre fichier de données est endommagé</translation>
    </message>
    <message>
        <source>Restore your newest backup, “%1”?</source>
        <translation>Restaurer votre sauvegarde la plus récente, «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Il n&apos;y a aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Repartir de données vides</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Leg Cramp Companion will now close.</source>
        <translation>Leg Cramp Companion va maintenant se fermer.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion</source>
        <translation>Leg Cramp Companion</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved data is safe. Details were written to the log file in “%1”.</source>
        <translation>Un problème inattendu est survenu. Vos données enregistrées sont intactes. Les détails ont été écrits dans le fichier journal technique, dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Your data folder %1 is on a network drive. The app saves your data there in a slower way that is safe on network drives. Keep the folder on this computer if you can, and never open it from two computers at the same time.</source>
        <translation>Votre dossier de données %1 se trouve sur un lecteur réseau. L’application y enregistre vos données d’une manière plus lente, sûre sur les lecteurs réseau. Si possible, gardez le dossier sur cet ordinateur, et ne l’ouvrez jamais depuis deux ordinateurs à la fois.</translation>
    </message>
    <message>
        <source>Your data folder %1 is in a folder that a cloud service synchronises. The app saves your data there in a slower way, so that the copy being synchronised is always complete. Do not open the data from two computers at the same time: the service may then make conflicting copies.</source>
        <translation>Votre dossier de données %1 se trouve dans un dossier synchronisé par un service cloud. L’application y enregistre vos données d’une manière plus lente, afin que la copie synchronisée soit toujours complète. N’ouvrez pas les données depuis deux ordinateurs à la fois : le service pourrait alors créer des copies en conflit.</translation>
    </message>
    <message>
        <source>About your data folder</source>
        <translation>À propos de votre dossier de données</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Your data could not be opened or saved just now. Another program may be using it, or the disk may be full or read-only. Nothing was changed; please try again in a moment.</source>
        <translation>Vos données n&apos;ont pas pu être ouvertes ou enregistrées pour le moment. Un autre programme les utilise peut-être, ou le disque est peut-être plein ou protégé en écriture. Rien n&apos;a été modifié&#xa0;; veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Leg Cramp Companion. Install the newest version to open it; your data has not been changed.</source>
        <translation>Vos données ont été enregistrées par une version plus récente de Leg Cramp Companion. Installez la dernière version pour les ouvrir&#xa0;; vos données n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted meanwhile.</source>
        <translation>Cette saisie n&apos;existe plus. Elle a peut-être été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>The entry could not be saved because a value is out of range or missing.</source>
        <translation>La saisie n&apos;a pas pu être enregistrée, car une valeur est hors limites ou manquante.</translation>
    </message>
    <message>
        <source>Something went wrong while keeping your data. Nothing was changed; please try again.</source>
        <translation>Un problème est survenu lors de la gestion de vos données. Rien n&apos;a été modifié&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>Your data could not be updated for this version of Leg Cramp Companion. It was left as it was, and a copy is kept as “%1” in the backups folder.</source>
        <translation>Vos données n&apos;ont pas pu être mises à jour pour cette version de Leg Cramp Companion. Elles ont été laissées telles quelles, et une copie est conservée sous le nom «&#xa0;%1&#xa0;» dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Your data could not be prepared for this version of Leg Cramp Companion, so it was not changed. Check that the data folder can be written to and that the disk is not full.</source>
        <translation>Vos données n&apos;ont pas pu être préparées pour cette version de Leg Cramp Companion&#xa0;; elles n&apos;ont donc pas été modifiées. Vérifiez que le dossier des données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be made. Check that its folder can be written to and that the disk is not full. Your data was not changed.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n&apos;a pas pu être effectuée. Vérifiez que son dossier est accessible en écriture et que le disque n&apos;est pas plein. Vos données n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <source>A backup could not be made. Check that the folder can be written to and that the disk is not full. Your data was not changed.</source>
        <translation>Une sauvegarde n&apos;a pas pu être effectuée. Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein. Vos données n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Your data file was damaged and could not be read. It has been kept as “%1” in your data folder.</source>
        <translation>Votre fichier de données était endommagé et n&apos;a pas pu être lu. Il a été conservé sous le nom «&#xa0;%1&#xa0;» dans votre dossier de données.</translation>
    </message>
    <message>
        <source>Another experiment is running now, and only one can run at a time. Stop it first, then undo again.</source>
        <translation>Un autre essai est en cours, et un seul peut être mené à la fois. Arrêtez-le d’abord, puis annulez à nouveau.</translation>
    </message>
    <message>
        <source>Your newest backup, “%1”, can be restored.</source>
        <translation>Votre sauvegarde la plus récente, «&#xa0;%1&#xa0;», peut être restaurée.</translation>
    </message>
    <message>
        <source>No backup was found, so Leg Cramp Companion will start with empty data.</source>
        <translation>Aucune sauvegarde n&apos;a été trouvée&#xa0;: Leg Cramp Companion démarrera donc sans données.</translation>
    </message>
    <message>
        <source>“%1” does not exist. Choose another file. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas. Choisissez un autre fichier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is the data file the app is using, not a backup. Choose a backup file. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» est le fichier de données utilisé par l&apos;application, pas une sauvegarde. Choisissez un fichier de sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu. Vérifiez que le fichier existe toujours et que vous avez le droit de l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Leg Cramp Companion. Update the app, then restore it. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé par une version plus récente de Leg Cramp Companion. Mettez l&apos;application à jour, puis restaurez-le. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is not a usable Leg Cramp Companion backup: it is damaged, empty or from another program. Choose another file. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une sauvegarde utilisable de Leg Cramp Companion&#xa0;: il est endommagé, vide ou provient d&apos;un autre programme. Choisissez un autre fichier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Your current data could not be copied before restoring “%1”, so nothing was changed. Check that there is free space on the disk, then try again.</source>
        <translation>Vos données actuelles n&apos;ont pas pu être copiées avant de restaurer «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;a donc été modifié. Vérifiez qu&apos;il reste de la place sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” was not restored because your current data could not be opened just now. Another program may be using your data, or you may not have access to it. Nothing was changed; please try again in a moment.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été restauré, car vos données actuelles n&apos;ont pas pu être ouvertes pour le moment. Un autre programme utilise peut-être vos données, ou vous n&apos;y avez peut-être pas accès. Rien n&apos;a été modifié&#xa0;; veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>“%1” could not be copied into your data folder, for example because the disk is full. Check that there is free space on the disk, then try again. The data you had before is kept.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être copié dans votre dossier de données, par exemple parce que le disque est plein. Vérifiez qu&apos;il reste de la place sur le disque, puis réessayez. Vos données antérieures sont conservées.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a backup file. Choose a file. Nothing was changed.</source>
        <translation>« %1 » est un dossier, pas un fichier de sauvegarde. Choisissez un fichier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” was not restored: it contains database parts that Leg Cramp Companion never makes (changed tables, triggers or views), so it may have been altered. Choose another backup. Nothing was changed.</source>
        <translation>« %1 » n&apos;a pas été restauré : il contient des éléments de base de données que Leg Cramp Companion ne crée jamais (tables modifiées, déclencheurs ou vues) ; il a donc peut-être été altéré. Choisissez une autre sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” was not restored: an entry in it holds a value that is not valid (%2). The file may be damaged or altered. Choose another backup. Nothing was changed.</source>
        <translation>« %1 » n&apos;a pas été restauré : une entrée contient une valeur non valide (%2). Le fichier est peut-être endommagé ou altéré. Choisissez une autre sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Noter une crampe</translation>
    </message>
    <message>
        <source>Log a cramp (%1)</source>
        <translation>Noter une crampe (%1)</translation>
    </message>
    <message>
        <source>See your history</source>
        <translation>Voir votre historique</translation>
    </message>
    <message>
        <source>See your his&amp;tory</source>
        <translation>Voir votre histo&amp;rique</translation>
    </message>
    <message>
        <source>Your data could not be read just now. It will show again when it can.</source>
        <translation>Vos données n&apos;ont pas pu être lues pour le moment. Elles s&apos;afficheront de nouveau dès que possible.</translation>
    </message>
    <message>
        <source>Your entries of the last %1 days, or your latest checklist, mention something a doctor should know about. This is not a diagnosis.</source>
        <translation>Vos saisies des %1 derniers jours, ou votre dernière liste, mentionnent quelque chose qu&apos;un médecin devrait savoir. Ce n&apos;est pas un diagnostic.</translation>
    </message>
</context>
<context>
    <name>TrayService</name>
    <message>
        <source>&amp;Log a cramp…</source>
        <translation>&amp;Noter une crampe…</translation>
    </message>
    <message>
        <source>Last &amp;night?</source>
        <translation>La nuit &amp;dernière&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Open Leg Cramp Companion</source>
        <translation>&amp;Ouvrir Leg Cramp Companion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Last night?</source>
        <translation>La nuit dernière&#xa0;?</translation>
    </message>
    <message>
        <source>No cramps, or had cramps? Click here to answer in a moment.</source>
        <translation>Pas de crampes, ou des crampes&#xa0;? Cliquez ici pour répondre en un instant.</translation>
    </message>
    <message>
        <source>Still here for your reminders</source>
        <translation>Toujours là pour vos rappels</translation>
    </message>
    <message>
        <source>Leg Cramp Companion keeps running in the tray while reminders are on. To close it completely, choose Quit in the tray menu or the File menu.</source>
        <translation>Leg Cramp Companion continue de fonctionner dans la zone de notification tant que des rappels sont activés. Pour le fermer complètement, choisissez Quitter dans le menu de l’icône ou dans le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rétabli&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the date and time the cramp started.</source>
        <translation>Indiquez la date et l&apos;heure de début de la crampe.</translation>
    </message>
    <message>
        <source>The start time has no time zone. Enter the time again.</source>
        <translation>L&apos;heure de début n&apos;a pas de fuseau horaire. Saisissez de nouveau l&apos;heure.</translation>
    </message>
    <message>
        <source>The start time is in the future. Choose a time up to now.</source>
        <translation>L&apos;heure de début est dans le futur. Choisissez une heure qui ne dépasse pas l&apos;heure actuelle.</translation>
    </message>
    <message>
        <source>Choose a start time in 1900 or later.</source>
        <translation>Choisissez une heure de début en 1900 ou après.</translation>
    </message>
    <message>
        <source>The time zone must be whole minutes. Enter the time again.</source>
        <translation>Le fuseau horaire doit être un nombre entier de minutes. Saisissez de nouveau l&apos;heure.</translation>
    </message>
    <message>
        <source>Enter how long the cramp lasted.</source>
        <translation>Indiquez la durée de la crampe.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>A cramp cannot last more than 24 hours. Check the duration.</source>
        <translation>Une crampe ne peut pas durer plus de 24 heures. Vérifiez la durée.</translation>
    </message>
    <message>
        <source>Choose a severity from 0 to 10.</source>
        <translation>Choisissez une intensité de 0 à 10.</translation>
    </message>
    <message>
        <source>Choose a sleep disturbance from 0 to 10, or leave it empty.</source>
        <translation>Choisissez une perturbation du sommeil de 0 à 10, ou laissez vide.</translation>
    </message>
    <message>
        <source>Choose a muscle from the list.</source>
        <translation>Choisissez un muscle dans la liste.</translation>
    </message>
    <message>
        <source>Choose a side from the list.</source>
        <translation>Choisissez un côté dans la liste.</translation>
    </message>
    <message>
        <source>Choose what you were doing from the list.</source>
        <translation>Choisissez dans la liste ce que vous faisiez.</translation>
    </message>
    <message>
        <source>Choose the soreness from the list, or leave it empty.</source>
        <translation>Choisissez la douleur après la crampe dans la liste, ou laissez vide.</translation>
    </message>
    <message>
        <source>Choose whether the relief helped from the list, or leave it empty.</source>
        <translation>Indiquez dans la liste si le soulagement a aidé, ou laissez vide.</translation>
    </message>
    <message>
        <source>Nothing was tried, so whether it helped must be left empty. Empty it, or choose what was tried.</source>
        <translation>Rien n’a été essayé, donc «&#xa0;Cela a-t-il aidé&#xa0;?&#xa0;» doit rester vide. Videz-le, ou choisissez ce qui a été essayé.</translation>
    </message>
    <message>
        <source>Choose triggers only from the list.</source>
        <translation>Choisissez les déclencheurs uniquement dans la liste.</translation>
    </message>
    <message>
        <source>Choose relief only from the list.</source>
        <translation>Choisissez les moyens de soulagement uniquement dans la liste.</translation>
    </message>
    <message>
        <source>Choose symptoms only from the list.</source>
        <translation>Choisissez les symptômes uniquement dans la liste.</translation>
    </message>
    <message>
        <source>Notes must be text.</source>
        <translation>Les notes doivent être du texte.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Indiquez le nom du médicament.</translation>
    </message>
    <message>
        <source>Shorten the name to 200 characters or fewer.</source>
        <translation>Raccourcissez le nom à 200 caractères au maximum.</translation>
    </message>
    <message>
        <source>Choose a kind of medicine from the list.</source>
        <translation>Choisissez un type de médicament dans la liste.</translation>
    </message>
    <message>
        <source>Enter a valid start date, or leave it empty.</source>
        <translation>Indiquez une date de début valide, ou laissez vide.</translation>
    </message>
    <message>
        <source>Enter a valid stop date, or leave it empty.</source>
        <translation>Indiquez une date d&apos;arrêt valide, ou laissez vide.</translation>
    </message>
    <message>
        <source>The stop date is before the start date. Check both dates.</source>
        <translation>La date d&apos;arrêt est antérieure à la date de début. Vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>La note doit être du texte.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Saisissez une date valide.</translation>
    </message>
    <message>
        <source>The answer belongs to no question.</source>
        <translation>La réponse ne correspond à aucune question.</translation>
    </message>
    <message>
        <source>Choose yes, no or unsure, or leave it empty.</source>
        <translation>Choisissez oui, non ou incertain, ou laissez vide.</translation>
    </message>
    <message>
        <source>Choose a value from 0 to 10, or leave it empty.</source>
        <translation>Choisissez une valeur de 0 à 10, ou laissez vide.</translation>
    </message>
    <message>
        <source>The time zone offset must be between -14:00 and +14:00.</source>
        <translation>Le décalage horaire doit être compris entre -14:00 et +14:00.</translation>
    </message>
</context>
</TS>
