<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Read about leg cramps, check your risk factors, keep a private log of your cramps and bring a clear report to your doctor.</source>
        <translation>Infórmese sobre los calambres en las piernas, revise sus factores de riesgo, mantenga un registro privado de sus calambres y lleve a su médico un informe claro.</translation>
    </message>
    <message>
        <source>This app gives information, not a diagnosis. It does not replace advice from a doctor.</source>
        <translation>Esta aplicación ofrece información, no un diagnóstico. No sustituye el consejo de un médico.</translation>
    </message>
    <message>
        <source>Your data stays on this computer. The app never connects to the internet.</source>
        <translation>Sus datos se quedan en este equipo. La aplicación nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>About Leg Cramp Companion</source>
        <translation>Acerca de Leg Cramp Companion</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Python %1, Qt %2, PySide6 %3</source>
        <translation>Python %1, Qt %2, PySide6 %3</translation>
    </message>
    <message>
        <source>Your data folder: %1</source>
        <translation>Su carpeta de datos: %1</translation>
    </message>
    <message>
        <source>The full licence texts are in %1.</source>
        <translation>Los textos completos de las licencias están en %1.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion is free software under the GNU General Public Licence, version 3 or later. It comes with no warranty.</source>
        <translation>Leg Cramp Companion es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior. Se ofrece sin ninguna garantía.</translation>
    </message>
</context>
<context>
    <name>AdherenceCard</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>N&amp;o, not this time</source>
        <translation>N&amp;o, esta vez no</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Your experiment: %1</source>
        <translation>Su prueba: %1</translation>
    </message>
    <message>
        <source>Day %1 of %2. Days not answered so far: %3.</source>
        <translation>Día %1 de %2. Días sin responder hasta ahora: %3.</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentHistory</name>
    <message>
        <source>Filled in with version %1</source>
        <translation>Completado con la versión %1</translation>
    </message>
    <message>
        <source>No checklist done yet. Your completed checklists will be listed here.</source>
        <translation>Todavía no ha hecho ningún cuestionario. Sus cuestionarios completados aparecerán aquí.</translation>
    </message>
    <message>
        <source>Completed checklists</source>
        <translation>Cuestionarios completados</translation>
    </message>
    <message>
        <source>Newest first. Select one to see its results below or beside the list.</source>
        <translation>Los más recientes primero. Seleccione uno para ver sus resultados debajo o al lado de la lista.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Night cramps are common and usually harmless. Gently stretching your calves and the backs of your thighs before bed reduced night cramps in a small trial. During a cramp, pulling your toes up towards you usually helps the muscle let go.</source>
        <translation>Los calambres nocturnos son frecuentes y suelen ser inofensivos. En un ensayo pequeño, estirar suavemente las pantorrillas y la parte posterior de los muslos antes de acostarse redujo los calambres nocturnos. Durante un calambre, tirar de los dedos del pie hacia usted suele ayudar a que el músculo se relaje.</translation>
    </message>
    <message>
        <source>Mention this pattern to your doctor, who can check the circulation in your legs.</source>
        <translation>Comente este patrón con su médico, que puede revisar la circulación de sus piernas.</translation>
    </message>
    <message>
        <source>Describe this to your doctor: restless legs are looked after differently from cramps.</source>
        <translation>Descríbaselo a su médico: las piernas inquietas se tratan de forma distinta a los calambres.</translation>
    </message>
    <message>
        <source>Tired muscles cramp more easily. Build up training gradually, pace long efforts, and gently stretch the muscle if a cramp starts.</source>
        <translation>Los músculos cansados sufren calambres con más facilidad. Aumente el entrenamiento de forma gradual, dosifique los esfuerzos largos y estire suavemente el músculo si empieza un calambre.</translation>
    </message>
    <message>
        <source>Drink regularly through the day, guided by thirst. There is no need to force extra water: drinking well beyond thirst can be harmful. Night cramps are probably not mainly caused by fluids or salts.</source>
        <translation>Beba con regularidad a lo largo del día, guiándose por la sed. No hace falta forzarse a beber más agua: beber mucho más de lo que pide la sed puede ser perjudicial. Probablemente, los calambres nocturnos no se deben principalmente a los líquidos o las sales.</translation>
    </message>
    <message>
        <source>After prolonged heavy sweating, replacing some salt as well as fluid can help, for example with a salty snack or a sports drink, while drinking to thirst. If you have high blood pressure, heart disease or kidney disease, check with a doctor first.</source>
        <translation>Tras una sudoración intensa y prolongada, reponer algo de sal además de líquido puede ayudar, por ejemplo con algún alimento salado o una bebida deportiva, mientras bebe según la sed. Si tiene la presión arterial alta, una enfermedad del corazón o una enfermedad de los riñones, consulte antes con un médico.</translation>
    </message>
    <message>
        <source>During long events, drink when you are thirsty rather than to a schedule or a target. Drinking more than you need can lower the sodium in your blood, which can be dangerous.</source>
        <translation>En pruebas deportivas largas, beba cuando tenga sed, no según un horario o un objetivo. Beber más de lo que necesita puede hacer bajar el sodio en la sangre, lo que puede ser peligroso.</translation>
    </message>
    <message>
        <source>Have a drink with salty meals, guided by thirst. A varied diet with fruit, vegetables and nuts supports a healthy balance of minerals.</source>
        <translation>Con las comidas saladas, beba algo, guiándose por la sed. Una dieta variada con fruta, verdura y frutos secos ayuda a mantener un equilibrio sano de minerales.</translation>
    </message>
    <message>
        <source>Include this in your report and ask your doctor whether the level should be tested again.</source>
        <translation>Inclúyalo en su informe y pregunte a su médico si conviene volver a medir ese nivel.</translation>
    </message>
    <message>
        <source>Note which supplements you take and bring the list to your doctor. Magnesium is unlikely to help night cramps in older adults. Ask a doctor before starting any supplement.</source>
        <translation>Anote qué suplementos toma y lleve la lista a su médico. Es poco probable que el magnesio ayude con los calambres nocturnos en personas mayores. Consulte a un médico antes de empezar a tomar cualquier suplemento.</translation>
    </message>
    <message>
        <source>Never stop a medicine on your own. Bring your list of medicines to your doctor or pharmacist and ask whether any of them could contribute to your cramps.</source>
        <translation>No deje nunca un medicamento por su cuenta. Lleve su lista de medicamentos a su médico o farmacéutico y pregúntele si alguno de ellos podría contribuir a sus calambres.</translation>
    </message>
    <message>
        <source>Cramps can be linked to this condition. Tell the doctor who looks after it about your cramps, and bring your log.</source>
        <translation>Los calambres pueden estar relacionados con esta enfermedad. Hable de sus calambres con el médico que le atiende por esa enfermedad y lleve su registro.</translation>
    </message>
    <message>
        <source>Cramps are common in the later months of pregnancy. Mention them to your midwife or doctor.</source>
        <translation>Los calambres son frecuentes en los últimos meses del embarazo. Coménteselo a su matrona o a su médico.</translation>
    </message>
    <message>
        <source>Heavy drinking is linked with cramps. Your doctor can help if you would like support to cut down.</source>
        <translation>Beber mucho alcohol está relacionado con los calambres. Su médico puede ayudarle si desea apoyo para reducir el consumo.</translation>
    </message>
    <message>
        <source>Break up long spells of standing or sitting by walking about and gently stretching your calves.</source>
        <translation>Interrumpa los ratos largos de pie o sentado caminando un poco y estirando suavemente las pantorrillas.</translation>
    </message>
    <message>
        <source>Increase training gradually and allow time to recover: overworked muscles may not relax properly.</source>
        <translation>Aumente el entrenamiento de forma gradual y dese tiempo para recuperarse: los músculos sobrecargados pueden no relajarse bien.</translation>
    </message>
    <message>
        <source>A short routine of calf and hamstring stretches before bed reduced night cramps in one trial. The evidence is limited, but gentle stretching is safe for most people.</source>
        <translation>En un ensayo, una breve rutina de estiramientos de las pantorrillas y de la parte posterior de los muslos antes de acostarse redujo los calambres nocturnos. Las pruebas son limitadas, pero estirar suavemente es seguro para la mayoría de las personas.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Cramp pattern</source>
        <translation>Patrón de los calambres</translation>
    </message>
    <message>
        <source>When and how your cramps usually come.</source>
        <translation>Cuándo y cómo suelen aparecer sus calambres.</translation>
    </message>
    <message>
        <source>Fluids, salt and electrolytes</source>
        <translation>Líquidos, sal y electrolitos</translation>
    </message>
    <message>
        <source>What you drink, how much you sweat, and supplements.</source>
        <translation>Lo que bebe, cuánto suda y los suplementos.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Health conditions</source>
        <translation>Problemas de salud</translation>
    </message>
    <message>
        <source>Some conditions make cramps more likely.</source>
        <translation>Algunos problemas de salud hacen más probables los calambres.</translation>
    </message>
    <message>
        <source>Fatigue and activity</source>
        <translation>Cansancio y actividad</translation>
    </message>
    <message>
        <source>How you use and rest your legs.</source>
        <translation>Cómo usa y cómo descansa las piernas.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>How much cramps affect you, from 0 (not at all) to 10.</source>
        <translation>Cuánto le afectan los calambres, de 0 (nada) a 10.</translation>
    </message>
    <message>
        <source>This is information to discuss with your doctor, not a diagnosis. Links with cramps are associations and do not prove a cause.</source>
        <translation>Esta información es para comentarla con su médico, no es un diagnóstico. Las relaciones con los calambres son asociaciones y no demuestran una causa.</translation>
    </message>
    <message>
        <source>Started or changed in the last 3 months: a recent change makes a link more worth asking about.</source>
        <translation>Empezado o cambiado en los últimos 3 meses: un cambio reciente hace que merezca más la pena preguntar por esa relación.</translation>
    </message>
    <message>
        <source>You were not sure about this, so it is not counted either way. It may be worth finding out, or asking your doctor or pharmacist.</source>
        <translation>No lo tenía claro, así que no se tiene en cuenta en ningún sentido. Puede merecer la pena averiguarlo o preguntar a su médico o farmacéutico.</translation>
    </message>
    <message>
        <source>You were not sure about this warning sign. If it does apply to you, do not wait: follow the action shown.</source>
        <translation>No tenía claro si tiene esta señal de alarma. Si le ocurre, no espere: siga la indicación que se muestra.</translation>
    </message>
    <message>
        <source>You were not sure whether this medicine was started, or its dose changed, in the last 3 months. A recent change makes a link more worth asking about: your doctor or pharmacist can check.</source>
        <translation>No tenía claro si empezó a tomar este medicamento, o si le cambiaron la dosis, en los últimos 3 meses. Un cambio reciente hace que merezca más la pena preguntar por esa relación: su médico o farmacéutico puede comprobarlo.</translation>
    </message>
    <message>
        <source>No concern found</source>
        <translation>No se ha encontrado nada preocupante</translation>
    </message>
    <message>
        <source>Was it started, or its dose changed, in the last 3 months?</source>
        <translation>¿Empezó a tomarlo, o le cambiaron la dosis, en los últimos 3 meses?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>Muchísimo</translation>
    </message>
    <message>
        <source>Have you had leg pain or swelling together with sudden shortness of breath or chest pain?</source>
        <translation>¿Ha tenido dolor o hinchazón en una pierna junto con falta de aire repentina o dolor en el pecho?</translation>
    </message>
    <message>
        <source>Have cramps come with confusion, a seizure, fainting, repeated vomiting or collapse, for example after long exercise or after drinking far more water than usual?</source>
        <translation>¿Los calambres han venido acompañados de confusión, una convulsión, un desmayo, vómitos repetidos o un colapso, por ejemplo después de un ejercicio largo o de beber mucha más agua de lo habitual?</translation>
    </message>
    <message>
        <source>Is one calf swollen, warm, red or tender?</source>
        <translation>¿Tiene una pantorrilla hinchada, caliente, enrojecida o dolorosa al tacto?</translation>
    </message>
    <message>
        <source>Have you had dark, cola-coloured urine together with severe muscle pain or weakness?</source>
        <translation>¿Ha tenido orina oscura, del color de un refresco de cola, junto con dolor muscular intenso o debilidad?</translation>
    </message>
    <message>
        <source>Have you had a cramp that lasted more than 10 minutes and did not ease?</source>
        <translation>¿Ha tenido un calambre que duró más de 10 minutos y no cedía?</translation>
    </message>
    <message>
        <source>Did your cramps begin after a dirty wound, or after contact with lead or mercury?</source>
        <translation>¿Empezaron sus calambres después de una herida sucia, o después de estar en contacto con plomo o mercurio?</translation>
    </message>
    <message>
        <source>Have you had nausea, headache or weakness along with cramps after endurance exercise or while taking a water pill (diuretic)?</source>
        <translation>¿Ha tenido náuseas, dolor de cabeza o debilidad junto con calambres después de hacer ejercicio de larga duración o mientras toma un diurético (pastilla para orinar)?</translation>
    </message>
    <message>
        <source>Have you noticed weakness or wasting (thinning) of a leg muscle?</source>
        <translation>¿Ha notado debilidad o pérdida de masa (adelgazamiento) de algún músculo de la pierna?</translation>
    </message>
    <message>
        <source>Do you have numbness in your legs or feet?</source>
        <translation>¿Tiene entumecimiento en las piernas o los pies?</translation>
    </message>
    <message>
        <source>Are your legs or feet swollen?</source>
        <translation>¿Tiene las piernas o los pies hinchados?</translation>
    </message>
    <message>
        <source>Do your cramps come mostly at night or while you are resting?</source>
        <translation>¿Sus calambres aparecen sobre todo por la noche o cuando está en reposo?</translation>
    </message>
    <message>
        <source>Do you get leg pain when walking that eases within a few minutes of rest?</source>
        <translation>¿Tiene dolor en las piernas al caminar que se alivia a los pocos minutos de descansar?</translation>
    </message>
    <message>
        <source>Is it mainly an uncomfortable urge to move your legs that eases when you move, rather than a hard, painful knot?</source>
        <translation>¿Se trata sobre todo de una necesidad molesta de mover las piernas que se alivia al moverlas, más que de un nudo duro y doloroso?</translation>
    </message>
    <message>
        <source>Do your cramps come during or after long or hard exercise?</source>
        <translation>¿Sus calambres aparecen durante o después de un ejercicio largo o intenso?</translation>
    </message>
    <message>
        <source>Do you get cramps often, for example several times a week?</source>
        <translation>¿Tiene calambres a menudo, por ejemplo varias veces por semana?</translation>
    </message>
    <message>
        <source>Do your cramps come without any obvious trigger, such as hard exercise or long standing?</source>
        <translation>¿Sus calambres aparecen sin ningún desencadenante evidente, como el ejercicio intenso o estar mucho tiempo de pie?</translation>
    </message>
    <message>
        <source>Have your cramps kept coming despite regular stretching or other self-care?</source>
        <translation>¿Sus calambres siguen apareciendo a pesar de estirar con regularidad o de otras medidas de autocuidado?</translation>
    </message>
    <message>
        <source>Do you usually drink little during the day?</source>
        <translation>¿Suele beber poco durante el día?</translation>
    </message>
    <message>
        <source>Do you often sweat heavily for long periods, in heat or during exercise?</source>
        <translation>¿Suda mucho a menudo durante periodos largos, por el calor o al hacer ejercicio?</translation>
    </message>
    <message>
        <source>During events lasting more than 2 to 4 hours, do you drink plain water to a schedule or target, even when you are not thirsty?</source>
        <translation>En pruebas deportivas de más de 2 a 4 horas, ¿bebe agua sola según un horario o un objetivo, incluso cuando no tiene sed?</translation>
    </message>
    <message>
        <source>Do you often eat very salty meals without much to drink?</source>
        <translation>¿Come a menudo comidas muy saladas sin beber mucho?</translation>
    </message>
    <message>
        <source>Has a doctor told you that your sodium, potassium, magnesium or calcium level was low?</source>
        <translation>¿Le ha dicho algún médico que tenía bajo el nivel de sodio, potasio, magnesio o calcio?</translation>
    </message>
    <message>
        <source>Do you take magnesium, potassium or salt supplements for your cramps?</source>
        <translation>¿Toma suplementos de magnesio, potasio o sal para sus calambres?</translation>
    </message>
    <message>
        <source>Do you take any medicines regularly, with or without a prescription? Supplements were asked about earlier.</source>
        <translation>¿Toma algún medicamento con regularidad, con o sin receta? Los suplementos ya se preguntaron antes.</translation>
    </message>
    <message>
        <source>Do you take a water pill (diuretic), for example for blood pressure or swelling?</source>
        <translation>¿Toma un diurético (pastilla para orinar), por ejemplo para la presión arterial o la hinchazón?</translation>
    </message>
    <message>
        <source>Do you take a statin to lower cholesterol, such as atorvastatin or simvastatin?</source>
        <translation>¿Toma una estatina para bajar el colesterol, como atorvastatina o simvastatina?</translation>
    </message>
    <message>
        <source>Do you use a long-acting inhaler for asthma or COPD, such as salmeterol or formoterol, alone or in a combination inhaler?</source>
        <translation>¿Usa un inhalador de acción prolongada para el asma o la EPOC, como salmeterol o formoterol, solo o en un inhalador combinado?</translation>
    </message>
    <message>
        <source>Do you take any of these: iron sucrose given into a vein, conjugated estrogens, raloxifene, naproxen or teriparatide?</source>
        <translation>¿Toma o recibe alguno de estos: hierro sacarosa administrado en vena, estrógenos conjugados, raloxifeno, naproxeno o teriparatida?</translation>
    </message>
    <message>
        <source>Do you take any of these: clonazepam, citalopram, celecoxib, gabapentin or zolpidem?</source>
        <translation>¿Toma alguno de estos: clonazepam, citalopram, celecoxib, gabapentina o zolpidem?</translation>
    </message>
    <message>
        <source>Did your cramps begin after a medicine was started or changed?</source>
        <translation>¿Sus calambres empezaron después de empezar o cambiar un medicamento?</translation>
    </message>
    <message>
        <source>Are you pregnant, or could you be?</source>
        <translation>¿Está embarazada o podría estarlo?</translation>
    </message>
    <message>
        <source>Are you in the last three months of pregnancy?</source>
        <translation>¿Está en los últimos tres meses del embarazo?</translation>
    </message>
    <message>
        <source>Do you have diabetes, or nerve damage in your legs or feet (neuropathy)?</source>
        <translation>¿Tiene diabetes o daño en los nervios de las piernas o los pies (neuropatía)?</translation>
    </message>
    <message>
        <source>Do you have a circulation problem or heart disease?</source>
        <translation>¿Tiene algún problema de circulación o una enfermedad del corazón?</translation>
    </message>
    <message>
        <source>Have you been told you have a narrowing of the spinal canal in your lower back (lumbar spinal stenosis)?</source>
        <translation>¿Le han dicho que tiene un estrechamiento del canal vertebral en la parte baja de la espalda (estenosis del canal lumbar)?</translation>
    </message>
    <message>
        <source>Do you have liver disease, such as cirrhosis?</source>
        <translation>¿Tiene alguna enfermedad del hígado, como cirrosis?</translation>
    </message>
    <message>
        <source>Do you have kidney disease, or are you on dialysis?</source>
        <translation>¿Tiene alguna enfermedad de los riñones o está en diálisis?</translation>
    </message>
    <message>
        <source>Do you have a thyroid disorder?</source>
        <translation>¿Tiene algún trastorno de la tiroides?</translation>
    </message>
    <message>
        <source>Do you have Parkinson&apos;s disease?</source>
        <translation>¿Tiene la enfermedad de Parkinson?</translation>
    </message>
    <message>
        <source>Do you regularly drink more alcohol than the recommended limits?</source>
        <translation>¿Bebe habitualmente más alcohol de lo recomendado?</translation>
    </message>
    <message>
        <source>Do you stand or sit still for long periods on most days?</source>
        <translation>¿Pasa mucho tiempo de pie o sentado sin moverse la mayoría de los días?</translation>
    </message>
    <message>
        <source>Have you recently started, or stepped up, hard training?</source>
        <translation>¿Ha empezado hace poco un entrenamiento intenso, o lo ha intensificado?</translation>
    </message>
    <message>
        <source>Do you rarely or never stretch your legs?</source>
        <translation>¿Estira las piernas rara vez o nunca?</translation>
    </message>
    <message>
        <source>How much do cramps disturb your sleep?</source>
        <translation>¿Cuánto alteran su sueño los calambres?</translation>
    </message>
    <message>
        <source>How much do cramps affect your daily life, including the day after a bad night?</source>
        <translation>¿Cuánto afectan los calambres a su vida diaria, incluido el día después de una mala noche?</translation>
    </message>
    <message>
        <source>Cramps mostly at night or at rest</source>
        <translation>Calambres sobre todo por la noche o en reposo</translation>
    </message>
    <message>
        <source>Cramps that come mostly at night or at rest are common, especially with age, and are usually harmless. Often no single cause is found.</source>
        <translation>Los calambres que aparecen sobre todo por la noche o en reposo son frecuentes, especialmente con la edad, y suelen ser inofensivos. A menudo no se encuentra una causa concreta.</translation>
    </message>
    <message>
        <source>Leg pain when walking that eases with rest</source>
        <translation>Dolor en las piernas al caminar que se alivia con el reposo</translation>
    </message>
    <message>
        <source>Pain that comes on with walking and eases within minutes of rest is not a typical cramp. It can be a sign of narrowed arteries in the legs.</source>
        <translation>Un dolor que aparece al caminar y se alivia a los pocos minutos de descansar no es un calambre típico. Puede ser una señal de que las arterias de las piernas se han estrechado.</translation>
    </message>
    <message>
        <source>An urge to move the legs</source>
        <translation>Necesidad de mover las piernas</translation>
    </message>
    <message>
        <source>An uncomfortable urge to move the legs that eases with moving, rather than a hard painful knot, can be restless legs, a different condition.</source>
        <translation>Una necesidad molesta de mover las piernas que se alivia al moverlas, más que un nudo duro y doloroso, puede ser el síndrome de piernas inquietas, un problema distinto.</translation>
    </message>
    <message>
        <source>Cramps during or after hard exercise</source>
        <translation>Calambres durante o después de un ejercicio intenso</translation>
    </message>
    <message>
        <source>Cramps during or after long or hard exercise are mostly linked to tired, overworked muscles.</source>
        <translation>Los calambres durante o después de un ejercicio largo o intenso se relacionan sobre todo con músculos cansados y sobrecargados.</translation>
    </message>
    <message>
        <source>Drinking little</source>
        <translation>Beber poco</translation>
    </message>
    <message>
        <source>Taking in less fluid than you lose can upset the balance of fluid and salts that muscles need, and can contribute to cramps.</source>
        <translation>Tomar menos líquido del que pierde puede alterar el equilibrio de líquidos y sales que necesitan los músculos, y puede contribuir a los calambres.</translation>
    </message>
    <message>
        <source>Heavy sweating</source>
        <translation>Sudoración intensa</translation>
    </message>
    <message>
        <source>Heavy sweating in heat or during long exercise loses both water and salt, which can contribute to cramps.</source>
        <translation>Sudar mucho con calor o durante un ejercicio largo hace perder agua y sal, lo que puede contribuir a los calambres.</translation>
    </message>
    <message>
        <source>Drinking beyond thirst during long events</source>
        <translation>Beber más allá de la sed en pruebas largas</translation>
    </message>
    <message>
        <source>Drinking more plain water than you need during events longer than 2 to 4 hours can lower the sodium in your blood (exercise-associated hyponatremia), which can be dangerous.</source>
        <translation>Beber más agua sola de la que necesita en pruebas de más de 2 a 4 horas puede hacer bajar el sodio en la sangre (hiponatremia asociada al ejercicio), lo que puede ser peligroso.</translation>
    </message>
    <message>
        <source>Salty meals without enough to drink</source>
        <translation>Comidas saladas sin beber lo suficiente</translation>
    </message>
    <message>
        <source>A lot of salt without enough fluid draws water out of cells and can add to dehydration, a known cramp trigger.</source>
        <translation>Mucha sal sin suficiente líquido saca agua de las células y puede aumentar la deshidratación, un desencadenante conocido de los calambres.</translation>
    </message>
    <message>
        <source>A low level of sodium, potassium, magnesium or calcium</source>
        <translation>Nivel bajo de sodio, potasio, magnesio o calcio</translation>
    </message>
    <message>
        <source>A low level of one of these minerals in a blood test can make muscles more prone to cramp.</source>
        <translation>Un nivel bajo de alguno de estos minerales en un análisis de sangre puede hacer que los músculos tengan más tendencia a sufrir calambres.</translation>
    </message>
    <message>
        <source>Supplements taken for cramps</source>
        <translation>Suplementos tomados para los calambres</translation>
    </message>
    <message>
        <source>Magnesium, potassium or salt supplements are worth recording, so your doctor knows what you take. For magnesium, trials in older adults with night cramps found little or no benefit.</source>
        <translation>Conviene anotar los suplementos de magnesio, potasio o sal, para que su médico sepa lo que toma. En el caso del magnesio, los ensayos en personas mayores con calambres nocturnos encontraron poco o ningún beneficio.</translation>
    </message>
    <message>
        <source>A water pill (diuretic)</source>
        <translation>Un diurético (pastilla para orinar)</translation>
    </message>
    <message>
        <source>Water pills, especially thiazide and potassium-sparing types, are among the medicines most often linked with cramps. A link does not prove a cause.</source>
        <translation>Los diuréticos, sobre todo los tiazídicos y los ahorradores de potasio, están entre los medicamentos que más a menudo se relacionan con los calambres. Una relación no demuestra una causa.</translation>
    </message>
    <message>
        <source>A statin</source>
        <translation>Una estatina</translation>
    </message>
    <message>
        <source>Statins, taken to lower cholesterol, have a weak link with cramps. A link does not prove a cause.</source>
        <translation>Las estatinas, que se toman para bajar el colesterol, tienen una relación débil con los calambres. Una relación no demuestra una causa.</translation>
    </message>
    <message>
        <source>A long-acting inhaler for asthma or COPD</source>
        <translation>Un inhalador de acción prolongada para el asma o la EPOC</translation>
    </message>
    <message>
        <source>In a large study, people were about 2.4 times as likely to be treated for cramps after starting a long-acting inhaler such as salmeterol or formoterol. A link does not prove a cause.</source>
        <translation>En un estudio grande, las personas tenían unas 2,4 veces más probabilidades de recibir tratamiento para los calambres después de empezar a usar un inhalador de acción prolongada como salmeterol o formoterol. Una relación no demuestra una causa.</translation>
    </message>
    <message>
        <source>A medicine with a strong link to night cramps</source>
        <translation>Un medicamento con una relación fuerte con los calambres nocturnos</translation>
    </message>
    <message>
        <source>Iron sucrose given into a vein, conjugated estrogens, raloxifene, naproxen and teriparatide had the strongest links with night cramps in a review. A link does not prove a cause.</source>
        <translation>En una revisión, el hierro sacarosa administrado en vena, los estrógenos conjugados, el raloxifeno, el naproxeno y la teriparatida mostraron la relación más fuerte con los calambres nocturnos. Una relación no demuestra una causa.</translation>
    </message>
    <message>
        <source>A medicine reported alongside night cramps</source>
        <translation>Un medicamento descrito junto con calambres nocturnos</translation>
    </message>
    <message>
        <source>Clonazepam, citalopram, celecoxib, gabapentin and zolpidem have also been reported alongside night cramps. A link does not prove a cause.</source>
        <translation>También se han descrito calambres nocturnos junto con el clonazepam, el citalopram, el celecoxib, la gabapentina y el zolpidem. Una relación no demuestra una causa.</translation>
    </message>
    <message>
        <source>Later months of pregnancy</source>
        <translation>Últimos meses del embarazo</translation>
    </message>
    <message>
        <source>Leg cramps are common in the later months of pregnancy.</source>
        <translation>Los calambres en las piernas son frecuentes en los últimos meses del embarazo.</translation>
    </message>
    <message>
        <source>Diabetes or nerve damage</source>
        <translation>Diabetes o daño en los nervios</translation>
    </message>
    <message>
        <source>Diabetes and nerve damage (neuropathy) are linked with cramps.</source>
        <translation>La diabetes y el daño en los nervios (neuropatía) están relacionados con los calambres.</translation>
    </message>
    <message>
        <source>Circulation or heart disease</source>
        <translation>Problemas de circulación o enfermedad del corazón</translation>
    </message>
    <message>
        <source>Problems with the circulation or the heart are linked with cramps.</source>
        <translation>Los problemas de circulación o del corazón están relacionados con los calambres.</translation>
    </message>
    <message>
        <source>Narrowing of the spinal canal in the lower back</source>
        <translation>Estrechamiento del canal vertebral en la parte baja de la espalda</translation>
    </message>
    <message>
        <source>Narrowing of the spinal canal in the lower back (lumbar spinal stenosis) can press on nerves and is linked with leg cramps.</source>
        <translation>El estrechamiento del canal vertebral en la parte baja de la espalda (estenosis del canal lumbar) puede presionar los nervios y está relacionado con los calambres en las piernas.</translation>
    </message>
    <message>
        <source>Liver disease</source>
        <translation>Enfermedad del hígado</translation>
    </message>
    <message>
        <source>Liver disease, including cirrhosis, is linked with cramps.</source>
        <translation>Las enfermedades del hígado, incluida la cirrosis, están relacionadas con los calambres.</translation>
    </message>
    <message>
        <source>Kidney disease or dialysis</source>
        <translation>Enfermedad de los riñones o diálisis</translation>
    </message>
    <message>
        <source>Kidney disease, and dialysis in particular, is linked with cramps.</source>
        <translation>Las enfermedades de los riñones, y en particular la diálisis, están relacionadas con los calambres.</translation>
    </message>
    <message>
        <source>A thyroid disorder</source>
        <translation>Un trastorno de la tiroides</translation>
    </message>
    <message>
        <source>Thyroid disorders are linked with cramps.</source>
        <translation>Los trastornos de la tiroides están relacionados con los calambres.</translation>
    </message>
    <message>
        <source>Parkinson&apos;s disease</source>
        <translation>Enfermedad de Parkinson</translation>
    </message>
    <message>
        <source>Parkinson&apos;s disease is linked with cramps.</source>
        <translation>La enfermedad de Parkinson está relacionada con los calambres.</translation>
    </message>
    <message>
        <source>Heavy alcohol use</source>
        <translation>Consumo elevado de alcohol</translation>
    </message>
    <message>
        <source>Regular heavy drinking is linked with cramps.</source>
        <translation>Beber mucho alcohol de forma habitual está relacionado con los calambres.</translation>
    </message>
    <message>
        <source>Long spells of standing or sitting</source>
        <translation>Largos periodos de pie o sentado</translation>
    </message>
    <message>
        <source>Standing or sitting still for long periods is linked with cramps.</source>
        <translation>Estar de pie o sentado sin moverse durante mucho tiempo está relacionado con los calambres.</translation>
    </message>
    <message>
        <source>New or harder training</source>
        <translation>Entrenamiento nuevo o más intenso</translation>
    </message>
    <message>
        <source>Starting or stepping up hard training tires muscles, and tired, overworked muscles cramp more easily.</source>
        <translation>Empezar o intensificar un entrenamiento duro cansa los músculos, y los músculos cansados y sobrecargados sufren calambres con más facilidad.</translation>
    </message>
    <message>
        <source>No regular stretching</source>
        <translation>Sin estiramientos regulares</translation>
    </message>
    <message>
        <source>Regular stretching keeps muscles flexible and may reduce night cramps.</source>
        <translation>Estirar con regularidad mantiene los músculos flexibles y puede reducir los calambres nocturnos.</translation>
    </message>
    <message>
        <source>Drink when you are thirsty rather than to a daily target. Forcing extra water does not prevent cramps and can lower the sodium in your blood. If you were told to drink a set amount for a medical reason, ask your doctor before changing it.</source>
        <translation>Beba cuando tenga sed en lugar de seguir una cantidad diaria fijada. Forzarse a beber más agua no previene los calambres y puede bajar el sodio en la sangre. Si le indicaron beber una cantidad concreta por un motivo médico, consulte a su médico antes de cambiarla.</translation>
    </message>
    <message>
        <source>Never stop this medicine on your own. Ask your doctor whether a blood test of your magnesium level is due.</source>
        <translation>No deje nunca este medicamento por su cuenta. Pregunte a su médico si le corresponde un análisis de sangre del nivel de magnesio.</translation>
    </message>
    <message>
        <source>Mention this to your doctor, who can check the circulation in your legs. If a foot suddenly turns cold, pale or blue, call emergency services.</source>
        <translation>Coménteselo a su médico, que puede comprobar la circulación de sus piernas. Si un pie se vuelve de repente frío, pálido o azulado, llame a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>A few symptoms need a doctor soon or straight away. Most questions ask about now or the last 7 days.</source>
        <translation>Algunos síntomas necesitan un médico pronto o de inmediato. La mayoría de las preguntas se refieren a ahora o a los últimos 7 días.</translation>
    </message>
    <message>
        <source>Some medicines are linked to cramps. A link is something to ask about, not a reason to stop: never stop a medicine on your own. Count inhalers, injections, infusions and painkillers you buy yourself as medicines too.</source>
        <translation>Algunos medicamentos se asocian con calambres. Una asociación es motivo para preguntar, no para dejarlo: no deje nunca un medicamento por su cuenta. Cuente también como medicamentos los inhaladores, las inyecciones, las infusiones intravenosas y los analgésicos que compra usted mismo.</translation>
    </message>
    <message>
        <source>You did not answer this warning question, so the checklist cannot rule it out. If it does apply to you, do not wait: follow the action shown.</source>
        <translation>No respondió a esta pregunta de alarma, así que el cuestionario no puede descartarla. Si le ocurre, no espere: siga la indicación que se muestra.</translation>
    </message>
    <message>
        <source>You answered “no” to every warning question, and your answers did not point to a known risk factor. If your cramps trouble you, change or get worse, talk to your doctor.</source>
        <translation>Respondió «no» a todas las preguntas de alarma y sus respuestas no apuntaron a ningún factor de riesgo conocido. Si los calambres le molestan, cambian o empeoran, hable con su médico.</translation>
    </message>
    <message>
        <source>Reasons for an appointment</source>
        <translation>Motivos para pedir cita</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>To check: not answered or not sure</source>
        <translation>Por comprobar: sin responder o sin estar seguro</translation>
    </message>
    <message>
        <source>Symptoms that may be another condition</source>
        <translation>Síntomas que pueden deberse a otra afección</translation>
    </message>
    <message>
        <source>Warning signs: %1</source>
        <translation>Señales de alarma: %1</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>por comprobar: %1</translation>
    </message>
    <message>
        <source>Reasons for an appointment: %1</source>
        <translation>Motivos para pedir cita: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Hallazgos: %1</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had leg pain or swelling together with sudden shortness of breath or chest pain?</source>
        <translation>Ahora o en los últimos 7 días, ¿ha tenido dolor o hinchazón en una pierna junto con falta de aire repentina o dolor en el pecho?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has a leg or foot suddenly become painful and cold, pale or blue, or numb or weak?</source>
        <translation>Ahora o en los últimos 7 días, ¿una pierna o un pie se ha vuelto de repente doloroso y frío, pálido o azulado, o entumecido o débil?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had sudden weakness or numbness of a leg, an arm or your face, or sudden trouble speaking?</source>
        <translation>Ahora o en los últimos 7 días, ¿ha tenido debilidad o entumecimiento repentino de una pierna, un brazo o la cara, o dificultad repentina para hablar?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had back pain together with numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel?</source>
        <translation>Ahora o en los últimos 7 días, ¿ha tenido dolor de espalda junto con entumecimiento entre las piernas o alrededor de las nalgas, o nuevos problemas para controlar la vejiga o el intestino?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have cramps come with confusion, a seizure, fainting, repeated vomiting or collapse, for example after long exercise or after drinking far more water than usual?</source>
        <translation>Ahora o en los últimos 7 días, ¿los calambres han venido con confusión, convulsiones, desmayos, vómitos repetidos o un colapso, por ejemplo tras un ejercicio largo o tras beber mucha más agua de lo habitual?</translation>
    </message>
    <message>
        <source>After a wound, have you had a stiff jaw, trouble swallowing, or painful muscle spasms that spread, now or in the last 7 days?</source>
        <translation>Después de una herida, ¿ha tenido ahora o en los últimos 7 días rigidez de la mandíbula, dificultad para tragar o espasmos musculares dolorosos que se extienden?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has one calf been swollen, warm, red or tender?</source>
        <translation>Ahora o en los últimos 7 días, ¿ha tenido una pantorrilla hinchada, caliente, enrojecida o dolorida al tacto?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had dark, cola-coloured urine together with severe muscle pain or weakness?</source>
        <translation>Ahora o en los últimos 7 días, ¿ha tenido orina oscura, color cola, junto con dolor muscular intenso o debilidad?</translation>
    </message>
    <message>
        <source>In the last 7 days, have you had a cramp that lasted more than 10 minutes and did not ease?</source>
        <translation>En los últimos 7 días, ¿ha tenido un calambre que duró más de 10 minutos y no se aliviaba?</translation>
    </message>
    <message>
        <source>Have your cramps begun in the last 7 days, after a dirty wound?</source>
        <translation>¿Sus calambres empezaron en los últimos 7 días, después de una herida sucia?</translation>
    </message>
    <message>
        <source>Have your cramps begun in the last 7 days, after contact with lead or mercury?</source>
        <translation>¿Sus calambres empezaron en los últimos 7 días, después de estar en contacto con plomo o mercurio?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, have you had nausea, headache or weakness along with cramps after endurance exercise or while taking a water pill (diuretic)?</source>
        <translation>Ahora o en los últimos 7 días, ¿ha tenido náuseas, dolor de cabeza o debilidad junto con calambres tras un ejercicio de resistencia o mientras toma un diurético?</translation>
    </message>
    <message>
        <source>Do you get foot or leg pain at rest at night that eases when you hang your leg down, or sores on your feet or legs that do not heal?</source>
        <translation>¿Tiene dolor en el pie o la pierna en reposo por la noche que se alivia al dejar colgar la pierna, o llagas en los pies o las piernas que no se curan?</translation>
    </message>
    <message>
        <source>Did you have any of the sudden symptoms asked about above more than 7 days ago, and they have passed?</source>
        <translation>¿Tuvo alguno de los síntomas repentinos preguntados arriba hace más de 7 días, y ya ha pasado?</translation>
    </message>
    <message>
        <source>On most days, do you make yourself drink water well beyond thirst, for example to reach a daily target?</source>
        <translation>La mayoría de los días, ¿se obliga a beber agua mucho más allá de la sed, por ejemplo para llegar a una cantidad diaria?</translation>
    </message>
    <message>
        <source>Have you taken a proton pump inhibitor for stomach acid, such as omeprazole, lansoprazole, pantoprazole or esomeprazole, for a year or longer?</source>
        <translation>¿Ha tomado durante un año o más un inhibidor de la bomba de protones para el ácido del estómago, como omeprazol, lansoprazol, pantoprazol o esomeprazol?</translation>
    </message>
    <message>
        <source>Now or in the last 7 days, has back pain come with numbness between your legs or around your bottom, or new trouble controlling your bladder or bowel?</source>
        <translation>Ahora o en los últimos 7 días, ¿el dolor de espalda ha venido con entumecimiento entre las piernas o alrededor de las nalgas, o con nuevos problemas para controlar la vejiga o el intestino?</translation>
    </message>
    <message>
        <source>Drinking well beyond thirst every day</source>
        <translation>Beber cada día mucho más allá de la sed</translation>
    </message>
    <message>
        <source>Drinking much more water than your body asks for, day after day, can lower the sodium in your blood. Cramps are not prevented by drinking extra.</source>
        <translation>Beber día tras día mucha más agua de la que el cuerpo pide puede bajar el sodio en la sangre. Beber de más no previene los calambres.</translation>
    </message>
    <message>
        <source>A proton pump inhibitor for stomach acid, taken for a long time</source>
        <translation>Un inhibidor de la bomba de protones para el ácido del estómago, tomado durante mucho tiempo</translation>
    </message>
    <message>
        <source>Taking a proton pump inhibitor, such as omeprazole or lansoprazole, for a long time can lower the magnesium in the blood, and a low magnesium level can make muscles cramp.</source>
        <translation>Tomar durante mucho tiempo un inhibidor de la bomba de protones, como omeprazol o lansoprazol, puede bajar el magnesio en la sangre, y un magnesio bajo puede provocar calambres musculares.</translation>
    </message>
</context>
<context>
    <name>ChecklistResults</name>
    <message>
        <source>Completed on %1 at %2.</source>
        <translation>Completado el %1 a las %2.</translation>
    </message>
    <message>
        <source>Worth checking</source>
        <translation>Conviene comprobar</translation>
    </message>
    <message>
        <source>Questions not answered: %1. They are not counted either way, so these results may miss something.</source>
        <translation>Preguntas sin responder: %1. No se tienen en cuenta en ningún sentido, así que estos resultados podrían pasar algo por alto.</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <source>Read more: %1</source>
        <translation>Leer más: %1</translation>
    </message>
    <message>
        <source>Opens the article at the section about this.</source>
        <translation>Abre el artículo en la sección sobre este tema.</translation>
    </message>
    <message>
        <source>If this applies to you: %1</source>
        <translation>Si le ocurre esto: %1</translation>
    </message>
    <message>
        <source>What may help</source>
        <translation>Qué puede ayudar</translation>
    </message>
    <message>
        <source>You answered “not sure” to these. They are not counted either way; finding out, or asking your doctor or pharmacist, may be worth it.</source>
        <translation>Respondió «no lo sé» a estas preguntas. No se tienen en cuenta en ningún sentido; puede merecer la pena averiguarlo o preguntar a su médico o farmacéutico.</translation>
    </message>
    <message>
        <source>This is your first checklist.</source>
        <translation>Este es su primer cuestionario.</translation>
    </message>
    <message>
        <source>What changed since last time</source>
        <translation>Qué ha cambiado desde la última vez</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Qué ha cambiado desde el %1</translation>
    </message>
    <message>
        <source>Same findings as last time.</source>
        <translation>Los mismos resultados que la última vez.</translation>
    </message>
    <message>
        <source>New this time</source>
        <translation>Nuevo esta vez</translation>
    </message>
    <message>
        <source>No longer found</source>
        <translation>Ya no aparece</translation>
    </message>
    <message>
        <source>Found last time too: %1</source>
        <translation>También apareció la última vez: %1</translation>
    </message>
    <message>
        <source>Not sure: %1</source>
        <translation>No lo sé: %1</translation>
    </message>
    <message>
        <source>Warning sign: %1</source>
        <translation>Señal de alarma: %1</translation>
    </message>
    <message>
        <source>Your checklist results</source>
        <translation>Resultados de su cuestionario</translation>
    </message>
    <message>
        <source>Do the checklist again</source>
        <translation>Repetir el cuestionario</translation>
    </message>
    <message>
        <source>Do the checklist &amp;again</source>
        <translation>&amp;Repetir el cuestionario</translation>
    </message>
    <message>
        <source>Checklist results</source>
        <translation>Resultados del cuestionario</translation>
    </message>
    <message>
        <source>Try this for 4 weeks…</source>
        <translation>Probar durante 4 semanas…</translation>
    </message>
    <message>
        <source>Try this for 4 weeks: %1</source>
        <translation>Probar durante 4 semanas: %1</translation>
    </message>
    <message>
        <source>Risk factors and possible contributing factors</source>
        <translation>Factores de riesgo y posibles factores que contribuyen</translation>
    </message>
    <message>
        <source>You did not answer these warning questions, or were not sure. Each could need help quickly: if one applies to you, do what it says.</source>
        <translation>No respondió a estas preguntas de alarma o no estaba seguro. Cada una puede requerir ayuda rápida: si alguna le ocurre, haga lo que indica.</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Sin responder: %1</translation>
    </message>
    <message>
        <source>Reason for an appointment: %1</source>
        <translation>Motivo para pedir cita: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <source>Start again?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <source>Start a new checklist? The answers of the checklist you did not finish will be discarded.</source>
        <translation>¿Empezar un cuestionario nuevo? Se descartarán las respuestas del cuestionario que no terminó.</translation>
    </message>
    <message>
        <source>Your data could not be used</source>
        <translation>No se han podido usar sus datos</translation>
    </message>
</context>
<context>
    <name>ChecklistStart</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Cuestionario de factores de riesgo</translation>
    </message>
    <message>
        <source>%1 short sections of yes, no or not sure questions about your cramps, what you drink, your medicines and your health. It takes about five minutes. At the end you see what is worth raising with your doctor, and why.</source>
        <translation>%1 secciones breves de preguntas que se responden con «sí», «no» o «no lo sé», sobre sus calambres, lo que bebe, sus medicamentos y su salud. Se tarda unos cinco minutos. Al final verá qué conviene comentar con su médico y por qué.</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continuar donde lo dejó</translation>
    </message>
    <message>
        <source>&amp;Continue where you left off</source>
        <translation>&amp;Continuar donde lo dejó</translation>
    </message>
    <message>
        <source>See your last results</source>
        <translation>Ver sus últimos resultados</translation>
    </message>
    <message>
        <source>See your last &amp;results</source>
        <translation>Ver sus últimos &amp;resultados</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start the checklist</source>
        <translation>Empezar el cuestionario</translation>
    </message>
    <message>
        <source>You have a checklist you did not finish.</source>
        <translation>Tiene un cuestionario sin terminar.</translation>
    </message>
    <message>
        <source>You have not filled in the checklist yet.</source>
        <translation>Todavía no ha completado el cuestionario.</translation>
    </message>
    <message>
        <source>You last filled it in on %1.</source>
        <translation>Lo completó por última vez el %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistStatus</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Cuestionario de factores de riesgo</translation>
    </message>
    <message>
        <source>You have not filled in the risk-factor checklist yet.</source>
        <translation>Todavía no ha completado el cuestionario de factores de riesgo.</translation>
    </message>
    <message>
        <source>It asks about your cramps, your health and your medicines, and shows what is worth discussing with your doctor.</source>
        <translation>Pregunta por sus calambres, su salud y sus medicamentos, y muestra qué conviene comentar con su médico.</translation>
    </message>
    <message>
        <source>Start the &amp;checklist</source>
        <translation>Empezar el &amp;cuestionario</translation>
    </message>
    <message>
        <source>You last filled in the risk-factor checklist on %1.</source>
        <translation>Completó el cuestionario de factores de riesgo por última vez el %1.</translation>
    </message>
    <message>
        <source>Do the &amp;checklist again</source>
        <translation>Repetir el &amp;cuestionario</translation>
    </message>
    <message>
        <source>Open the &amp;checklist</source>
        <translation>Abrir el &amp;cuestionario</translation>
    </message>
    <message>
        <source>You have a checklist you did not finish: continue where you left off.</source>
        <translation>Tiene un cuestionario sin terminar: continúe donde lo dejó.</translation>
    </message>
    <message>
        <source>Continue the &amp;checklist</source>
        <translation>Continuar el &amp;cuestionario</translation>
    </message>
    <message>
        <source>%1 Warning sign in your answers: %2.</source>
        <translation>%1 Señal de alarma en sus respuestas: %2.</translation>
    </message>
    <message>
        <source>Its result: %1.</source>
        <translation>Resultado: %1.</translation>
    </message>
    <message>
        <source>Same findings as the one before.</source>
        <translation>Los mismos resultados que en el anterior.</translation>
    </message>
    <message>
        <source>Since the one before: new findings: %1 · no longer found: %2.</source>
        <translation>Respecto al anterior: resultados nuevos: %1 · ya no aparecen: %2.</translation>
    </message>
    <message>
        <source>It is more than 3 months old: worth doing again.</source>
        <translation>Tiene más de 3 meses: conviene repetirlo.</translation>
    </message>
    <message>
        <source>You have logged a warning sign since then: worth doing again.</source>
        <translation>Desde entonces ha registrado una señal de alarma: conviene repetirlo.</translation>
    </message>
    <message>
        <source>No concern found</source>
        <translation>No se ha encontrado nada preocupante</translation>
    </message>
    <message>
        <source>Warning sign in your answers: %1. Tell your doctor about it, and do the checklist again if anything has changed.</source>
        <translation>Señal de alarma en sus respuestas: %1. Cuénteselo a su médico y vuelva a hacer el cuestionario si algo ha cambiado.</translation>
    </message>
    <message>
        <source>1 warning question not answered or answered “not sure”. If it applies to you, do what the results say.</source>
        <translation>1 pregunta de alarma sin responder o respondida «no estoy seguro». Si le ocurre, haga lo que indican los resultados.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning questions not answered or answered “not sure”. If one applies to you, do what the results say.</source>
        <translation>
            <numerusform>%n pregunta de alarma sin responder o respondida «no estoy seguro». Si le ocurre, haga lo que indican los resultados.</numerusform>
            <numerusform>%n preguntas de alarma sin responder o respondidas «no estoy seguro». Si alguna le ocurre, haga lo que indican los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Reason for an appointment in your answers: %2.</source>
        <translation>%1 Motivo para pedir cita en sus respuestas: %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>Risk-factor checklist</source>
        <translation>Cuestionario de factores de riesgo</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Progreso del cuestionario</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation>Guardar y &amp;cerrar</translation>
    </message>
    <message>
        <source>Keep your answers and come back later (Esc)</source>
        <translation>Guardar sus respuestas y volver más tarde (Esc)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Finish the checklist</source>
        <translation>Finalizar el cuestionario</translation>
    </message>
    <message>
        <source>F&amp;inish</source>
        <translation>Fi&amp;nalizar</translation>
    </message>
    <message>
        <source>From your medication list: %1, started on %2</source>
        <translation>De su lista de medicamentos: %1, empezado el %2</translation>
    </message>
    <message>
        <source>From your medication list: %1</source>
        <translation>De su lista de medicamentos: %1</translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation>Sección %1 de %2: %3</translation>
    </message>
    <message>
        <source>1 question is not answered; it will be listed as unknown, or as one to check if it is a warning question. Press Finish again to finish now, or go back to answer it.</source>
        <translation>Hay 1 pregunta sin responder; figurará como desconocida, o como pendiente de comprobar si es una pregunta de alarma. Pulse Finalizar otra vez para terminar ahora, o vuelva atrás para responderla.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions are not answered; they will be listed as unknown, and warning questions as ones to check. Press Finish again to finish now, or go back to answer them.</source>
        <translation>
            <numerusform>Hay %n pregunta sin responder; figurará como desconocida, o como pendiente de comprobar si es una pregunta de alarma. Pulse Finalizar otra vez para terminar ahora, o vuelva atrás para responderla.</numerusform>
            <numerusform>Hay %n preguntas sin responder; figurarán como desconocidas, y las preguntas de alarma como pendientes de comprobar. Pulse Finalizar otra vez para terminar ahora, o vuelva atrás para responderlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning question: %1</source>
        <translation>Pregunta de alarma: %1</translation>
    </message>
    <message>
        <source>Not answered yet (choose one to answer it):</source>
        <translation>Aún sin responder (elija una para responderla):</translation>
    </message>
    <message>
        <source>Questions not answered</source>
        <translation>Preguntas sin responder</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used (%2).</source>
        <translation>No se puede usar la carpeta de datos %1 (%2).</translation>
    </message>
    <message>
        <source>%1: there is no such file.</source>
        <translation>%1: no existe ese archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>No se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>No se ha importado nada de %1.</translation>
    </message>
    <message>
        <source>Episodes imported: %1.</source>
        <translation>Episodios importados: %1.</translation>
    </message>
    <message>
        <source>Episodes exported to %2: %1.</source>
        <translation>Episodios exportados a %2: %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force to replace it.</source>
        <translation>%1 ya existe; elija otro nombre o añada --force para sustituirlo.</translation>
    </message>
    <message>
        <source>Backed up your data to %1.</source>
        <translation>Se ha hecho una copia de seguridad de sus datos en %1.</translation>
    </message>
    <message>
        <source>Restored your data from %1.</source>
        <translation>Sus datos se han restaurado desde %1.</translation>
    </message>
    <message>
        <source>Your previous data was kept in %1.</source>
        <translation>Sus datos anteriores se han conservado en %1.</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>no existe esa carpeta</translation>
    </message>
    <message>
        <source>%1 is a file</source>
        <translation>%1 es un archivo</translation>
    </message>
    <message>
        <source>Report written to %2 (pages: %1).</source>
        <translation>Informe guardado en %2 (páginas: %1).</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>El primer día (%1) es posterior al último día (%2).</translation>
    </message>
    <message>
        <source>%1 is outside the days a report can cover (%2 to %3).</source>
        <translation>%1 está fuera de los días que puede abarcar un informe (del %2 al %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>«%1» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2026-03-01.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>No se puede escribir en %1 (%2).</translation>
    </message>
    <message>
        <source>No backup was found.</source>
        <translation>No se ha encontrado ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Your newest backup is %1.</source>
        <translation>Su copia de seguridad más reciente es %1.</translation>
    </message>
    <message>
        <source>Nothing was done. Open Leg Cramp Companion to restore a backup or to start with empty data, then run the command again.</source>
        <translation>No se ha hecho nada. Abra Leg Cramp Companion para restaurar una copia de seguridad o empezar con datos vacíos y, después, vuelva a ejecutar la orden.</translation>
    </message>
    <message>
        <source>%1 is in your data folder (%2) or links to a file in it; writing it could destroy your data. Choose a file outside that folder.</source>
        <translation>%1 está en su carpeta de datos (%2) o enlaza con un archivo de ella; escribirlo podría destruir sus datos. Elija un archivo fuera de esa carpeta.</translation>
    </message>
    <message>
        <source>The entry of %1 could not be read (its %2 is not valid); it was left out.</source>
        <translation>No se ha podido leer la entrada del %1 (su valor %2 no es válido); se ha omitido.</translation>
    </message>
    <message>
        <source>Your data folder already holds %1 records; add --replace to replace them (a backup of them is kept first).</source>
        <translation>Su carpeta de datos ya contiene %1 registros; añada --replace para sustituirlos (antes se guarda una copia de seguridad).</translation>
    </message>
    <message>
        <source>Records imported: %1.</source>
        <translation>Registros importados: %1.</translation>
    </message>
    <message>
        <source>Records exported to %2: %1.</source>
        <translation>Registros exportados a %2: %1.</translation>
    </message>
</context>
<context>
    <name>CompanionFeatures</name>
    <message>
        <source>&amp;Reminders and start at login…</source>
        <translation>&amp;Recordatorios e inicio al iniciar sesión…</translation>
    </message>
</context>
<context>
    <name>CrampApplication</name>
    <message>
        <source>Nothing was changed</source>
        <translation>No se ha cambiado nada</translation>
    </message>
    <message>
        <source>Backup restored. Your previous data was kept as %1.</source>
        <translation>Copia de seguridad restaurada. Sus datos anteriores se han conservado como %1.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>row %1: %2: %3</source>
        <translation>fila %1: %2: %3</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (the first unreadable character is on line %1). Save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>El archivo no es texto UTF-8 (el primer carácter ilegible está en la línea %1). Guárdelo como UTF-8 (en una hoja de cálculo: «CSV UTF-8») e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>El archivo es texto UTF-16. Guárdelo como UTF-8 (en una hoja de cálculo: «CSV UTF-8») e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is not a CSV text file (it holds binary data). Choose the CSV file you saved from your spreadsheet.</source>
        <translation>El archivo no es un archivo de texto CSV (contiene datos binarios). Elija el archivo CSV que guardó desde su hoja de cálculo.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, far more than a diary of cramps needs. Check that you chose the right file.</source>
        <translation>El archivo ocupa más de %1 MB, mucho más de lo que necesita un diario de calambres. Compruebe que ha elegido el archivo correcto.</translation>
    </message>
    <message>
        <source>the first row names %1 columns; a file of episodes has at most %2</source>
        <translation>la primera fila nombra %1 columnas; un archivo de episodios tiene como máximo %2</translation>
    </message>
    <message>
        <source>the file is empty; the first row must name the columns</source>
        <translation>el archivo está vacío; la primera fila debe nombrar las columnas</translation>
    </message>
    <message>
        <source>the file is not valid CSV (%1)</source>
        <translation>el archivo no es un CSV válido (%1)</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens a value in this row that is never closed, so the rows after it would run into it; close the quote or remove it</source>
        <translation>unas comillas (&quot;) abren en esta fila un valor que nunca se cierra, así que las filas siguientes quedarían dentro; cierre las comillas o elimínelas</translation>
    </message>
    <message>
        <source>has %1 values but the first row names %2 columns</source>
        <translation>tiene %1 valores, pero la primera fila nombra %2 columnas</translation>
    </message>
    <message>
        <source>unknown columns: %1</source>
        <translation>columnas desconocidas: %1</translation>
    </message>
    <message>
        <source>columns named twice: %1</source>
        <translation>columnas repetidas: %1</translation>
    </message>
    <message>
        <source>missing columns: %1</source>
        <translation>faltan columnas: %1</translation>
    </message>
    <message>
        <source>the columns must be: %1</source>
        <translation>las columnas deben ser: %1</translation>
    </message>
    <message>
        <source>(a column without a name)</source>
        <translation>(una columna sin nombre)</translation>
    </message>
    <message>
        <source>is empty; give a date and time like 2024-05-01T23:40</source>
        <translation>está vacío; indique una fecha y una hora como 2024-05-01T23:40</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time like 2024-05-01T23:40 or 2024-05-01T23:40+02:00</source>
        <translation>«%1» no es una fecha y una hora como 2024-05-01T23:40 o 2024-05-01T23:40+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not exist in your time zone (the clocks went forward); give the offset, like 2024-03-31T03:30+02:00</source>
        <translation>&apos;%1&apos; no existió en su zona horaria (se adelantaron los relojes); indique el desfase, por ejemplo 2024-03-31T03:30+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a time zone offset with seconds</source>
        <translation>«%1» tiene una zona horaria con segundos</translation>
    </message>
    <message>
        <source>is empty; give the number of minutes, like 2 or 1.5</source>
        <translation>está vacío; indique el número de minutos, como 2 o 1,5</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes like 2 or 1.5</source>
        <translation>«%1» no es un número de minutos como 2 o 1,5</translation>
    </message>
    <message>
        <source>is empty; give a whole number from 0 to 10</source>
        <translation>está vacío; indique un número entero del 0 al 10</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 0 to 10</source>
        <translation>«%1» no es un número entero del 0 al 10</translation>
    </message>
    <message>
        <source>is empty; use one of: %1</source>
        <translation>está vacío; use uno de estos códigos: %1</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;; use one of: %2</source>
        <translation>código desconocido «%1»; use uno de estos códigos: %2</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>… más problemas: %1</translation>
    </message>
</context>
<context>
    <name>DataFileGuard</name>
    <message>
        <source>Choose another place</source>
        <translation>Elija otro lugar</translation>
    </message>
    <message>
        <source>“%1” is in your data folder or links to a file in it. Saving there could destroy your data, so nothing was saved. Choose a file in another folder.</source>
        <translation>«%1» está en su carpeta de datos o enlaza con un archivo de ella. Guardar ahí podría destruir sus datos, así que no se ha guardado nada. Elija un archivo en otra carpeta.</translation>
    </message>
</context>
<context>
    <name>DataTransfer</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se ha cambiado nada</translation>
    </message>
    <message>
        <source>The file could not be used: %1</source>
        <translation>No se ha podido usar el archivo: %1</translation>
    </message>
    <message>
        <source>Import episodes</source>
        <translation>Importar episodios</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Episodes imported: %1.</source>
        <translation>Episodios importados: %1.</translation>
    </message>
    <message>
        <source>Importing episodes…</source>
        <translation>Importando episodios…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <source>Export episodes</source>
        <translation>Exportar episodios</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Episodes exported: %1, to %2.</source>
        <translation>Episodios exportados: %1, en %2.</translation>
    </message>
    <message>
        <source>Exporting episodes…</source>
        <translation>Exportando episodios…</translation>
    </message>
    <message>
        <source>Back up your data</source>
        <translation>Hacer una copia de seguridad de sus datos</translation>
    </message>
    <message>
        <source>Backups (*.db)</source>
        <translation>Copias de seguridad (*.db)</translation>
    </message>
    <message>
        <source>Backup saved to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Copias de seguridad (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Replace your data?</source>
        <translation>¿Sustituir sus datos?</translation>
    </message>
    <message>
        <source>Replace your current data with the backup “%1”? A copy of your current data is kept in the backups folder first.</source>
        <translation>¿Sustituir sus datos actuales por la copia de seguridad «%1»? Antes se guarda una copia de sus datos actuales en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Records exported: %1, to %2.</source>
        <translation>Registros exportados: %1, a %2.</translation>
    </message>
    <message>
        <source>Exporting everything…</source>
        <translation>Exportando todo…</translation>
    </message>
    <message>
        <source>Import everything</source>
        <translation>Importar todo</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>You already have %1 records. Replace all of them with the %2 records in “%3”? A copy of your current data is kept in the backups folder first.</source>
        <translation>Ya tiene %1 registros. ¿Sustituirlos todos por los %2 registros de «%3»? Antes se guarda una copia de sus datos actuales en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <source>Records imported: %1.</source>
        <translation>Registros importados: %1.</translation>
    </message>
    <message>
        <source>Your previous data was kept as %1.</source>
        <translation>Sus datos anteriores se guardaron como %1.</translation>
    </message>
    <message>
        <source>Importing everything…</source>
        <translation>Importando todo…</translation>
    </message>
    <message>
        <source>The file has problems, so nothing was imported. Fix these and try again:</source>
        <translation>El archivo tiene problemas, así que no se importó nada. Corríjalos y vuelva a intentarlo:</translation>
    </message>
</context>
<context>
    <name>DayFactors</name>
    <message>
        <source>Add what happened &amp;yesterday (optional)</source>
        <translation>Añadir lo que &amp;pasó ayer (opcional)</translation>
    </message>
    <message>
        <source>This helps show patterns, such as whether cramps come more often after hot days.</source>
        <translation>Esto ayuda a ver patrones, por ejemplo si los calambres aparecen más a menudo después de días calurosos.</translation>
    </message>
    <message>
        <source>Yesterday (tick any that apply):</source>
        <translation>Ayer (marque lo que corresponda):</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You have changed this form. Close it without saving?</source>
        <translation>Ha cambiado este formulario. ¿Cerrarlo sin guardar?</translation>
    </message>
</context>
<context>
    <name>EpisodeDetails</name>
    <message>
        <source>0 = slept on, 10 = no more sleep that night</source>
        <translation>0 = siguió durmiendo, 10 = no volvió a dormir esa noche</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Sleep disturbance</source>
        <translation>Alteración del sueño</translation>
    </message>
    <message>
        <source>Soreness afterwards</source>
        <translation>Molestias después</translation>
    </message>
    <message>
        <source>In the 24 hours before</source>
        <translation>En las 24 horas anteriores</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Lo que probé</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>¿Ayudó?</translation>
    </message>
    <message>
        <source>Along with the cramp</source>
        <translation>Junto con el calambre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else you want to remember or tell a doctor</source>
        <translation>Cualquier otra cosa que quiera recordar o contarle a un médico</translation>
    </message>
    <message>
        <source>Slee&amp;p disturbance:</source>
        <translation>Alteración del s&amp;ueño:</translation>
    </message>
    <message>
        <source>So&amp;reness afterwards:</source>
        <translation>M&amp;olestias después:</translation>
    </message>
    <message>
        <source>Did it &amp;help?</source>
        <translation>¿A&amp;yudó?</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 10 (worst)</source>
        <translation>Intensidad de 0 (ninguna) a 10 (la peor)</translation>
    </message>
    <message>
        <source>What you were doing when it started</source>
        <translation>Qué estaba haciendo cuando empezó</translation>
    </message>
    <message>
        <source>Sleep disturbance from 0 to 10</source>
        <translation>Alteración del sueño de 0 a 10</translation>
    </message>
    <message>
        <source>Possible triggers in the 24 hours before</source>
        <translation>Posibles desencadenantes en las 24 horas anteriores</translation>
    </message>
    <message>
        <source>This entry holds a value the app cannot read (in “%1”), perhaps because the file was damaged. It is left out of figures and reports.</source>
        <translation>Esta entrada contiene un valor que la aplicación no puede leer (en «%1»), quizá porque el archivo se dañó. Queda fuera de las cifras y los informes.</translation>
    </message>
    <message>
        <source>Unreadable entry</source>
        <translation>Entrada ilegible</translation>
    </message>
</context>
<context>
    <name>EvidenceNotes</name>
    <message>
        <source>The app&apos;s note on the evidence</source>
        <translation>Nota de la aplicación sobre la evidencia</translation>
    </message>
    <message>
        <source>not part of the article</source>
        <translation>no forma parte del artículo</translation>
    </message>
    <message>
        <source>For night cramps in adults, the evidence that a lack of fluid or salts causes them is weak. For cramps during exercise, tired muscles seem to matter more than dehydration.</source>
        <translation>En los calambres nocturnos de los adultos, la evidencia de que los cause la falta de líquidos o sales es débil. En los calambres durante el ejercicio, el cansancio muscular parece importar más que la deshidratación.</translation>
    </message>
    <message>
        <source>That a balanced intake of salts prevents cramps has not been shown: for night cramps in adults, the evidence that fluids or salts cause them is weak.</source>
        <translation>No se ha demostrado que un aporte equilibrado de sales prevenga los calambres: en los calambres nocturnos de los adultos, la evidencia de que los causen los líquidos o las sales es débil.</translation>
    </message>
    <message>
        <source>Stretching may help, but “prevents” says more than is known: one trial found that stretching the calves and the backs of the thighs before sleep reduced night cramps, another small trial found no effect, and the evidence is limited.</source>
        <translation>Estirar puede ayudar, pero «previene» dice más de lo que se sabe: un ensayo encontró que estirar las pantorrillas y la parte posterior de los muslos antes de dormir redujo los calambres nocturnos, otro ensayo pequeño no encontró efecto, y la evidencia es limitada.</translation>
    </message>
    <message>
        <source>Magnesium supplements are unlikely to help typical cramps in older adults; in pregnancy the evidence is mixed. Ask a doctor before starting any supplement.</source>
        <translation>Es poco probable que los suplementos de magnesio ayuden en los calambres típicos de los adultos mayores; en el embarazo la evidencia es contradictoria. Consulte a un médico antes de empezar cualquier suplemento.</translation>
    </message>
    <message>
        <source>Quinine reduces cramps a little, but it can cause rare serious side effects, so it is not advised for routine use.</source>
        <translation>La quinina reduce un poco los calambres, pero puede causar efectos secundarios graves poco frecuentes, por lo que no se aconseja su uso habitual.</translation>
    </message>
</context>
<context>
    <name>ExperimentResultDialog</name>
    <message>
        <source>Your experiment&apos;s result</source>
        <translation>El resultado de su prueba</translation>
    </message>
</context>
<context>
    <name>ExperimentResultView</name>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Your experiment</source>
        <translation>Su prueba</translation>
    </message>
</context>
<context>
    <name>ExperimentSetupDialog</name>
    <message>
        <source>Try one thing for a few weeks</source>
        <translation>Probar una cosa durante unas semanas</translation>
    </message>
    <message>
        <source>Try one measure and compare your diary while trying it with the same number of weeks just before. Answer “Last night?” every morning: days without any entry for 14 days or more cannot be compared.</source>
        <translation>Pruebe una medida y compare su diario mientras la prueba con el mismo número de semanas justo antes. Responda «¿Anoche?» cada mañana: 14 días o más sin ninguna entrada no se pueden comparar.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Remind me in the &amp;evening</source>
        <translation>Recordármelo por la &amp;noche</translation>
    </message>
    <message>
        <source>Remind me in the evening</source>
        <translation>Recordármelo por la noche</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>&amp;Empezar el:</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Empezar el</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Length in weeks</source>
        <translation>Duración en semanas</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>The weeks before</source>
        <translation>Las semanas anteriores</translation>
    </message>
    <message>
        <source>Your diary has %1 observed days in the %2 weeks before the start: enough to compare with.</source>
        <translation>Su diario tiene %1 días observados en las %2 semanas antes del inicio: suficiente para comparar.</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Your diary has only %1 observed days in the %2 weeks before the start; a fair comparison needs at least 14. We suggest keeping the diary first (answer “Last night?” each morning, also after quiet nights) or choosing a later start. Without it, the result can only be “no clear difference”.</source>
        <translation>Su diario solo tiene %1 días observados en las %2 semanas antes del inicio; una comparación justa necesita al menos 14. Le sugerimos llevar primero el diario (responda «¿Anoche?» cada mañana, también tras noches tranquilas) o elegir un inicio más tarde. Sin ello, el resultado solo puede ser «ninguna diferencia clara».</translation>
    </message>
    <message>
        <source>S&amp;tart anyway</source>
        <translation>&amp;Iniciar de todos modos</translation>
    </message>
    <message>
        <source>Start anyway</source>
        <translation>Iniciar de todos modos</translation>
    </message>
    <message>
        <source>Stop the current experiment?</source>
        <translation>¿Detener la prueba en curso?</translation>
    </message>
    <message>
        <source>You are already trying “%1”. Only one measure can be tried at a time, so its result stays fair. Stop it and start “%2”?</source>
        <translation>Ya está probando «%1». Solo se puede probar una medida a la vez para que el resultado sea justo. ¿Detenerla y empezar «%2»?</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>Stretching your calves and thighs before bed</source>
        <translation>Estirar las pantorrillas y los muslos antes de acostarse</translation>
    </message>
    <message>
        <source>Did you stretch before bed?</source>
        <translation>¿Estiró antes de acostarse?</translation>
    </message>
    <message>
        <source>Time for your stretches before bed.</source>
        <translation>Es hora de sus estiramientos antes de acostarse.</translation>
    </message>
    <message>
        <source>Drinking when thirsty through the day</source>
        <translation>Beber cuando se tiene sed a lo largo del día</translation>
    </message>
    <message>
        <source>Yesterday, did you drink when you were thirsty?</source>
        <translation>Ayer, ¿bebió cuando tenía sed?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: drink when you are thirsty, no need to force it.</source>
        <translation>La medida de hoy: beba cuando tenga sed, sin forzarse.</translation>
    </message>
    <message>
        <source>Breaking up long standing or sitting</source>
        <translation>Interrumpir los periodos largos de pie o sentado</translation>
    </message>
    <message>
        <source>Yesterday, did you break up long spells of standing or sitting?</source>
        <translation>Ayer, ¿interrumpió los periodos largos de pie o sentado?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: break up long spells of standing or sitting.</source>
        <translation>La medida de hoy: interrumpa los periodos largos de pie o sentado.</translation>
    </message>
    <message>
        <source>Pacing hard training</source>
        <translation>Dosificar el entrenamiento intenso</translation>
    </message>
    <message>
        <source>Yesterday, did you pace your training (or not train hard)?</source>
        <translation>Ayer, ¿dosificó su entrenamiento (o no entrenó fuerte)?</translation>
    </message>
    <message>
        <source>Today&apos;s measure: pace hard training.</source>
        <translation>La medida de hoy: dosifique el entrenamiento intenso.</translation>
    </message>
    <message>
        <source>Never start, stop or change a medicine or supplement to test it yourself: talk to your doctor or pharmacist.</source>
        <translation>Nunca empiece, deje ni cambie un medicamento o suplemento para probarlo por su cuenta: hable con su médico o farmacéutico.</translation>
    </message>
    <message>
        <source>Choose one of the measures listed.</source>
        <translation>Elija una de las medidas de la lista.</translation>
    </message>
    <message>
        <source>Choose a length from 2 to 8 weeks.</source>
        <translation>Elija una duración de 2 a 8 semanas.</translation>
    </message>
    <message>
        <source>An experiment cannot end before it starts.</source>
        <translation>Una prueba no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Fewer cramp days than before: a clear difference by the app&apos;s rule.</source>
        <translation>Menos días con calambres que antes: una diferencia clara según la regla de la aplicación.</translation>
    </message>
    <message>
        <source>More cramp days than before: a clear difference by the app&apos;s rule.</source>
        <translation>Más días con calambres que antes: una diferencia clara según la regla de la aplicación.</translation>
    </message>
    <message>
        <source>No clear difference.</source>
        <translation>Ninguna diferencia clara.</translation>
    </message>
    <message>
        <source>The weeks before had fewer than 14 observed days.</source>
        <translation>Las semanas anteriores tuvieron menos de 14 días observados.</translation>
    </message>
    <message>
        <source>The trial had fewer than 14 observed days.</source>
        <translation>La prueba tuvo menos de 14 días observados.</translation>
    </message>
    <message>
        <source>The change was smaller than 25 %.</source>
        <translation>El cambio fue inferior al 25 %.</translation>
    </message>
    <message>
        <source>The trial was within the usual ups and downs of the weeks before.</source>
        <translation>La prueba quedó dentro de los altibajos habituales de las semanas anteriores.</translation>
    </message>
    <message>
        <source>A before-and-after comparison in one person cannot prove that a measure works: chance, and cramps that ease by themselves after a bad spell, can explain a change. In trials, people given a dummy treatment also improved by about a quarter.</source>
        <translation>Una comparación de antes y después en una sola persona no puede demostrar que una medida funcione: el azar y los calambres que se calman solos tras una mala racha pueden explicar un cambio. En los ensayos, las personas que recibieron un tratamiento simulado también mejoraron alrededor de una cuarta parte.</translation>
    </message>
    <message>
        <source>A difference is called clear only with at least 14 observed days on each side, a change of at least 25 %, and a trial outside the range of the weeks before.</source>
        <translation>Una diferencia solo se considera clara con al menos 14 días observados en cada lado, un cambio de al menos el 25 % y una prueba fuera del rango de las semanas anteriores.</translation>
    </message>
    <message>
        <source>%1 to %2 (stopped early; planned: %3 weeks)</source>
        <translation>%1 a %2 (detenida antes; prevista: %3 semanas)</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 weeks)</source>
        <translation>%1 a %2 (%3 semanas)</translation>
    </message>
    <message>
        <source>no observed days</source>
        <translation>ningún día observado</translation>
    </message>
    <message>
        <source>%1 cramp days per observed week (%2 observed days)</source>
        <translation>%1 días con calambres por semana observada (%2 días observados)</translation>
    </message>
    <message>
        <source>; median severity %1 of 10</source>
        <translation>; intensidad mediana %1 de 10</translation>
    </message>
    <message>
        <source>Done on %1 of %2 days; not done on %3; not answered on %4.</source>
        <translation>Hecho %1 de %2 días; no hecho %3; sin responder %4.</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Antes: %1.</translation>
    </message>
    <message>
        <source>While trying: %1.</source>
        <translation>Durante la prueba: %1.</translation>
    </message>
    <message>
        <source>So far (it is still running): %1</source>
        <translation>Hasta ahora (la prueba sigue en curso): %1</translation>
    </message>
</context>
<context>
    <name>ExperimentsTab</name>
    <message>
        <source>Try one measure at a time and compare it fairly with the weeks before. Your past experiments are listed here.</source>
        <translation>Pruebe una medida cada vez y compárela de forma justa con las semanas anteriores. Sus pruebas anteriores aparecen aquí.</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Try something for a few &amp;weeks…</source>
        <translation>Probar algo u&amp;nas semanas…</translation>
    </message>
    <message>
        <source>Try something for a few weeks</source>
        <translation>Probar algo unas semanas</translation>
    </message>
    <message>
        <source>&amp;Stop this experiment</source>
        <translation>&amp;Detener esta prueba</translation>
    </message>
    <message>
        <source>Stop this experiment</source>
        <translation>Detener esta prueba</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Stop this experiment?</source>
        <translation>¿Detener esta prueba?</translation>
    </message>
    <message>
        <source>Stop now? Its result will compare only the days tried so far, so it may well be “no clear difference”.</source>
        <translation>¿Detenerla ahora? Su resultado comparará solo los días probados hasta ahora, así que puede ser «ninguna diferencia clara».</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>%1 is open in another program, so it could not be replaced. Close the file in the other program, then try again.</source>
        <translation>%1 está abierto en otro programa, por eso no se pudo reemplazar. Cierre el archivo en el otro programa y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Word to find</source>
        <translation>Palabra que buscar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Siguiente coincidencia</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Siguiente coincidencia (Intro)</translation>
    </message>
    <message>
        <source>Number of matches</source>
        <translation>Número de coincidencias</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
</context>
<context>
    <name>FlagPanel</name>
    <message>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>From your entry of %1.</source>
        <translation>De su anotación del %1.</translation>
    </message>
    <message>
        <source>Your log shows cramps on %1 of the last %2 days.</source>
        <translation>Su registro muestra calambres en %1 de los últimos %2 días.</translation>
    </message>
    <message>
        <source>From your checklist of %1.</source>
        <translation>De su cuestionario del %1.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>The folder could not be opened here. You find it at:
%1</source>
        <translation>No se pudo abrir la carpeta desde aquí. La encontrará en:
%1</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>You have version %1. New versions are published on the project&apos;s releases page, which can open in your web browser.</source>
        <translation>Tiene la versión %1. Las versiones nuevas se publican en la página de versiones del proyecto, que puede abrirse en su navegador web.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion itself never connects to the internet: only your browser visits the page, and nothing about you or your data is sent.</source>
        <translation>Leg Cramp Companion nunca se conecta a internet: solo su navegador visita la página, y no se envía nada sobre usted ni sobre sus datos.</translation>
    </message>
    <message>
        <source>&amp;Open the releases page</source>
        <translation>&amp;Abrir la página de versiones</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Log a cramp</source>
        <translation>Registrar un calambre</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Undo or redo deleting episodes in History</source>
        <translation>Deshacer o rehacer la eliminación de episodios en el Historial</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Make the article text larger or smaller</source>
        <translation>Agrandar o reducir el texto del artículo</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Imprimir el artículo</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Esta ayuda</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <source>Your data is kept in this folder:</source>
        <translation>Sus datos se guardan en esta carpeta:</translation>
    </message>
    <message>
        <source>The app makes a copy of your data every day in its backups folder and keeps the most recent ones. To keep your own copy, close the app and copy the whole folder, for example to a USB stick.</source>
        <translation>La aplicación hace cada día una copia de sus datos en su carpeta de copias de seguridad y conserva las más recientes. Para tener su propia copia, cierre la aplicación y copie la carpeta entera, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Switch between the screens: %1</source>
        <translation>Cambiar entre las pantallas: %1</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>The charts show the episodes that match the filters.</source>
        <translation>Los gráficos muestran los episodios que coinciden con los filtros.</translation>
    </message>
    <message>
        <source>No episodes in this period, so there is nothing to chart yet.</source>
        <translation>No hay episodios en este periodo, así que todavía no hay nada que representar.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Episodes from %1 to %2: %3.</source>
        <translation>Episodios del %1 al %2: %3.</translation>
    </message>
    <message>
        <source>The busiest week began on %1 (episodes: %2).</source>
        <translation>La semana con más episodios empezó el %1 (episodios: %2).</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episodios por semana</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Inicio de la semana</translation>
    </message>
    <message>
        <source>Most episodes started between %1 and %2 (episodes: %3).</source>
        <translation>La mayoría de los episodios empezaron entre %1 y %2 (episodios: %3).</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Severity over time</source>
        <translation>Intensidad a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Intensidad (0–10)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Severity ranged from %1 to %2 out of 10.</source>
        <translation>La intensidad fue de %1 a %2 sobre 10.</translation>
    </message>
    <message>
        <source>The latest, on %1, was %2.</source>
        <translation>La más reciente, el %1, fue %2.</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>Delete episode</source>
        <translation>Eliminar episodio</translation>
    </message>
    <message>
        <source>Delete episodes</source>
        <translation>Eliminar episodios</translation>
    </message>
    <message>
        <source>Change episode</source>
        <translation>Cambiar episodio</translation>
    </message>
    <message>
        <source>Add medicine “%1”</source>
        <translation>Añadir el medicamento «%1»</translation>
    </message>
    <message>
        <source>Change medicine “%1”</source>
        <translation>Modificar el medicamento «%1»</translation>
    </message>
    <message>
        <source>Remove medicine “%1”</source>
        <translation>Quitar el medicamento «%1»</translation>
    </message>
    <message>
        <source>Stop the experiment “%1”</source>
        <translation>Detener la prueba «%1»</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All muscles</source>
        <translation>Todos los músculos</translation>
    </message>
    <message>
        <source>Any side</source>
        <translation>Cualquier lado</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation>&amp;Músculo:</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>&amp;Intensidad:</translation>
    </message>
    <message>
        <source>Search &amp;notes:</source>
        <translation>&amp;Buscar en notas:</translation>
    </message>
    <message>
        <source>Words in your notes</source>
        <translation>Palabras de sus notas</translation>
    </message>
    <message>
        <source>Clear fil&amp;ters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Lowest severity</source>
        <translation>Intensidad mínima</translation>
    </message>
    <message>
        <source>Highest severity</source>
        <translation>Intensidad máxima</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar en notas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Episode changed. Undo with %1.</source>
        <translation>Episodio cambiado. Deshacer con %1.</translation>
    </message>
    <message>
        <source>Done: %1. Undo with %2.</source>
        <translation>Hecho: %1. Deshacer con %2.</translation>
    </message>
    <message>
        <source>Episodes deleted: %1. Undo with %2.</source>
        <translation>Episodios eliminados: %1. Puede deshacerlo con %2.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Log a cramp</source>
        <translation>&amp;Registrar un calambre</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Registrar un calambre</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Enter edits the selected episode, Delete deletes it.</source>
        <translation>Intro edita el episodio seleccionado; Supr lo elimina.</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Vistas del historial</translation>
    </message>
    <message>
        <source>Ep&amp;isodes</source>
        <translation>Epi&amp;sodios</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Res&amp;umen</translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Me&amp;dicines</source>
        <translation>Me&amp;dicamentos</translation>
    </message>
    <message>
        <source>Chec&amp;klists</source>
        <translation>Cuestionari&amp;os</translation>
    </message>
    <message>
        <source>&amp;Edit episode…</source>
        <translation>&amp;Editar episodio…</translation>
    </message>
    <message>
        <source>&amp;Delete episode</source>
        <translation>E&amp;liminar episodio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>No episodes match the filters.</source>
        <translation>Ningún episodio coincide con los filtros.</translation>
    </message>
    <message>
        <source>No episodes logged yet. Use “Log a cramp” to add one.</source>
        <translation>Todavía no hay episodios registrados. Use «Registrar un calambre» para añadir uno.</translation>
    </message>
    <message>
        <source>Episodes matching the filters: %1</source>
        <translation>Episodios que coinciden con los filtros: %1</translation>
    </message>
    <message>
        <source>Episodes: %1</source>
        <translation>Episodios: %1</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperimentos</translation>
    </message>
</context>
<context>
    <name>HistorySummary</name>
    <message>
        <source>Nothing is logged for this period yet. Log cramps when they happen, and mark nights without cramps on the Today screen: the summary will appear here.</source>
        <translation>Todavía no hay nada registrado en este periodo. Registre los calambres cuando ocurran y marque las noches sin calambres en la pantalla Hoy: el resumen aparecerá aquí.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Compared with the previous %1 days, %2 to %3.</source>
        <translation>Comparado con los %1 días anteriores, del %2 al %3.</translation>
    </message>
    <message>
        <source>Compared with the day before, %2.</source>
        <translation>Comparado con el día anterior, el %2.</translation>
    </message>
    <message>
        <source>Not compared with the previous %1 days (%2 to %3): the diary was kept on %4 of them, and on %5 of %6 days of this period; comparing needs at least half of each.</source>
        <translation>No se compara con los %1 días anteriores (del %2 al %3): el diario se llevó en %4 de ellos y en %5 de los %6 días de este periodo; para comparar hace falta al menos la mitad de cada uno.</translation>
    </message>
    <message>
        <source>The summary counts every episode in this period; the muscle, side, severity and search filters apply to the Episodes and Charts tabs only.</source>
        <translation>El resumen cuenta todos los episodios de este periodo; los filtros de músculo, lado, intensidad y búsqueda solo se aplican a las pestañas Episodios y Gráficos.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visión general</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episodios por semana</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Días con calambres</translation>
    </message>
    <message>
        <source>Nights with cramps</source>
        <translation>Noches con calambres</translation>
    </message>
    <message>
        <source>Median severity</source>
        <translation>Intensidad mediana</translation>
    </message>
    <message>
        <source>Highest severity</source>
        <translation>Intensidad máxima</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Duración mediana</translation>
    </message>
    <message>
        <source>Longest duration</source>
        <translation>Duración máxima</translation>
    </message>
    <message>
        <source>Woke you from sleep</source>
        <translation>Calambres que le despertaron</translation>
    </message>
    <message>
        <source>Mean sleep disturbance</source>
        <translation>Alteración del sueño media</translation>
    </message>
    <message>
        <source>%1, change: %2</source>
        <translation>%1, cambio: %2</translation>
    </message>
    <message>
        <source>Numbers can go up and down by chance; a change does not show that something you tried worked.</source>
        <translation>Las cifras pueden subir y bajar por azar; un cambio no demuestra que algo que haya probado haya funcionado.</translation>
    </message>
    <message>
        <source>By muscle</source>
        <translation>Por músculo</translation>
    </message>
    <message>
        <source>By side</source>
        <translation>Por lado</translation>
    </message>
    <message>
        <source>Busiest hours of the day</source>
        <translation>Horas del día con más episodios</translation>
    </message>
    <message>
        <source>%1 (%2% of episodes)</source>
        <translation>%1 (%2 % de los episodios)</translation>
    </message>
    <message>
        <source>Possible patterns</source>
        <translation>Posibles patrones</translation>
    </message>
    <message>
        <source>These are associations in your own log, not proof of a cause. Discuss them with your doctor.</source>
        <translation>Son asociaciones en su propio registro, no la prueba de una causa. Coméntelas con su médico.</translation>
    </message>
    <message>
        <source>%1 of %2 days (“no cramps” days: %3; days without any entry, counted as days without cramps: %4)</source>
        <translation>%1 de %2 días (días «sin calambres»: %3; días sin ninguna entrada, contados como días sin calambres: %4)</translation>
    </message>
    <message>
        <source>Cramp days per week</source>
        <translation>Días con calambres por semana</translation>
    </message>
    <message>
        <source>Diary kept</source>
        <translation>Diario llevado</translation>
    </message>
    <message>
        <source>Per week: over the days the diary was kept.</source>
        <translation>Por semana: sobre los días en que se llevó el diario.</translation>
    </message>
    <message>
        <source>On days marked “%1” you logged cramps on %2 of %3 days; on other recorded days, %4 of %5.</source>
        <translation>En los días marcados con «%1» anotó calambres en %2 de %3 días; en los demás días registrados, en %4 de %5.</translation>
    </message>
    <message>
        <source>There is not enough data yet to look for patterns: a possible trigger needs at least %1 days without cramps on which it was noted, and %1 on which it was not, in this period. Answer “No cramps” on the Today screen&apos;s morning card, and tick what happened the day before.</source>
        <translation>Todavía no hay datos suficientes para buscar patrones: un posible desencadenante necesita al menos %1 días sin calambres en los que se anotó y %1 en los que no, en este periodo. Responda «Sin calambres» en la tarjeta de la mañana de la pantalla Hoy y marque lo que pasó el día anterior.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>no episodes</source>
        <translation>sin episodios</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 sobre 10</translation>
    </message>
    <message>
        <source>%1% of episodes</source>
        <translation>%1 % de los episodios</translation>
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
        <translation>sin datos del periodo anterior</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>the previous %1 days</source>
        <translation>los %1 días anteriores</translation>
    </message>
    <message>
        <source>the day before</source>
        <translation>el día anterior</translation>
    </message>
    <message>
        <source>about the same as %1</source>
        <translation>más o menos igual que en %1</translation>
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation>%1 más que en %2</translation>
    </message>
    <message>
        <source>%1 fewer than %2</source>
        <translation>%1 menos que en %2</translation>
    </message>
    <message>
        <source>%1 higher than %2</source>
        <translation>%1 más alta que en %2</translation>
    </message>
    <message>
        <source>%1 lower than %2</source>
        <translation>%1 más baja que en %2</translation>
    </message>
    <message>
        <source>%1 longer than %2</source>
        <translation>%1 más larga que en %2</translation>
    </message>
    <message>
        <source>%1 shorter than %2</source>
        <translation>%1 más corta que en %2</translation>
    </message>
    <message>
        <source>%1 percentage points higher than %2</source>
        <translation>%1 puntos porcentuales más que en %2</translation>
    </message>
    <message>
        <source>%1 percentage points lower than %2</source>
        <translation>%1 puntos porcentuales menos que en %2</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copiar resumen</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
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
        <translation>el archivo no es JSON válido (línea %1, columna %2: %3)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>this is not a Leg Cramp Companion export (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>no es una exportación de Leg Cramp Companion («format» debe ser «%1»)</translation>
    </message>
    <message>
        <source>the file has format version %1, made by a newer version of the app (this one reads up to %2); update the app, then import it again</source>
        <translation>el archivo tiene la versión de formato %1, creada por una versión más reciente de la aplicación (esta lee hasta la %2); actualice la aplicación y vuelva a importarlo</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is not a field of this format</source>
        <translation>no es un campo de este formato</translation>
    </message>
    <message>
        <source>must be an object {...}</source>
        <translation>debe ser un objeto {...}</translation>
    </message>
    <message>
        <source>must be a list [...]</source>
        <translation>debe ser una lista [...]</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10, or null</source>
        <translation>debe ser un número entero de 0 a 10, o null</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with its offset, like 2024-05-01T23:40:00+02:00</source>
        <translation>«%1» no es una fecha y hora con su desfase, como 2024-05-01T23:40:00+02:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2024-05-01</source>
        <translation>«%1» no es una fecha como 2024-05-01</translation>
    </message>
    <message>
        <source>unknown code &apos;%1&apos;; use one of: %2</source>
        <translation>código desconocido «%1»; use uno de: %2</translation>
    </message>
    <message>
        <source>the day %1 is listed twice</source>
        <translation>el día %1 aparece dos veces</translation>
    </message>
    <message>
        <source>the question %1 is answered twice</source>
        <translation>la pregunta %1 está respondida dos veces</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... y %1 problemas más</translation>
    </message>
    <message>
        <source>the reminder %1 is listed twice</source>
        <translation>el recordatorio %1 aparece dos veces</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day like 08:30</source>
        <translation>«%1» no es una hora del día como 08:30</translation>
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
        <translation>Pantorrilla</translation>
    </message>
    <message>
        <source>Foot or sole</source>
        <translation>Pie o planta del pie</translation>
    </message>
    <message>
        <source>Toes</source>
        <translation>Dedos del pie</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Espinilla</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>Parte delantera del muslo</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>Parte posterior del muslo</translation>
    </message>
    <message>
        <source>Other muscle</source>
        <translation>Otro músculo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>Woke me from sleep</source>
        <translation>Me despertó</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <source>During exercise</source>
        <translation>Durante el ejercicio</translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation>Después del ejercicio</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>Otra situación</translation>
    </message>
    <message>
        <source>No soreness</source>
        <translation>Sin molestias</translation>
    </message>
    <message>
        <source>Sore for some hours</source>
        <translation>Molestias durante unas horas</translation>
    </message>
    <message>
        <source>Still sore the next day</source>
        <translation>Molestias aún al día siguiente</translation>
    </message>
    <message>
        <source>Hard exercise</source>
        <translation>Ejercicio intenso</translation>
    </message>
    <message>
        <source>Long standing</source>
        <translation>Mucho tiempo de pie</translation>
    </message>
    <message>
        <source>Heat or heavy sweating</source>
        <translation>Calor o mucho sudor</translation>
    </message>
    <message>
        <source>Drank little</source>
        <translation>Poco líquido</translation>
    </message>
    <message>
        <source>Very salty food</source>
        <translation>Comida muy salada</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Cafeína</translation>
    </message>
    <message>
        <source>Vomiting or diarrhoea</source>
        <translation>Vómitos o diarrea</translation>
    </message>
    <message>
        <source>New medicine</source>
        <translation>Medicamento nuevo</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Stretching</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masaje</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Caminar</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Calor local</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío local</translation>
    </message>
    <message>
        <source>A drink</source>
        <translation>Beber algo</translation>
    </message>
    <message>
        <source>A medicine</source>
        <translation>Un medicamento</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Ayudó</translation>
    </message>
    <message>
        <source>Helped a little</source>
        <translation>Ayudó un poco</translation>
    </message>
    <message>
        <source>Did not help</source>
        <translation>No ayudó</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Swelling, redness or warmth of the calf</source>
        <translation>Hinchazón, enrojecimiento o calor en la pantorrilla</translation>
    </message>
    <message>
        <source>Colour change of the skin</source>
        <translation>Cambio de color de la piel</translation>
    </message>
    <message>
        <source>Diuretic (water pill)</source>
        <translation>Diurético (pastilla para orinar)</translation>
    </message>
    <message>
        <source>Statin (for cholesterol)</source>
        <translation>Estatina (para el colesterol)</translation>
    </message>
    <message>
        <source>Long-acting inhaler for asthma or COPD</source>
        <translation>Inhalador de acción prolongada para asma o EPOC</translation>
    </message>
    <message>
        <source>Magnesium supplement</source>
        <translation>Suplemento de magnesio</translation>
    </message>
    <message>
        <source>Potassium supplement</source>
        <translation>Suplemento de potasio</translation>
    </message>
    <message>
        <source>Salt or electrolyte supplement</source>
        <translation>Suplemento de sal o electrolitos</translation>
    </message>
    <message>
        <source>Other medicine</source>
        <translation>Otro medicamento</translation>
    </message>
</context>
<context>
    <name>LastNightCard</name>
    <message>
        <source>Last night?</source>
        <translation>¿Qué tal anoche?</translation>
    </message>
    <message>
        <source>Did you have leg cramps during the night?</source>
        <translation>¿Tuvo calambres en las piernas durante la noche?</translation>
    </message>
    <message>
        <source>&amp;No cramps</source>
        <translation>&amp;Sin calambres</translation>
    </message>
    <message>
        <source>H&amp;ad cramps…</source>
        <translation>C&amp;on calambres…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>&amp;Save these cramps</source>
        <translation>&amp;Guardar estos calambres</translation>
    </message>
    <message>
        <source>How many cramps</source>
        <translation>Cuántos calambres</translation>
    </message>
    <message>
        <source>Worst severity, 0 (no pain) to 10 (worst imaginable)</source>
        <translation>Intensidad máxima, de 0 (sin dolor) a 10 (el peor imaginable)</translation>
    </message>
    <message>
        <source>Longest cramp in minutes</source>
        <translation>Calambre más largo, en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sleep disturbance, 0 to 10 (optional)</source>
        <translation>Alteración del sueño, de 0 a 10 (opcional)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Thanks — recorded.</source>
        <translation>Gracias, queda registrado.</translation>
    </message>
    <message>
        <source>How &amp;many?</source>
        <translation>¿Cuá&amp;ntos?</translation>
    </message>
    <message>
        <source>&amp;Worst severity (0–10):</source>
        <translation>&amp;Intensidad máxima (0–10):</translation>
    </message>
    <message>
        <source>&amp;Longest cramp:</source>
        <translation>Calambre más &amp;largo:</translation>
    </message>
    <message>
        <source>Slee&amp;p disturbance (0–10):</source>
        <translation>Alteración del s&amp;ueño (0–10):</translation>
    </message>
    <message>
        <source>M&amp;uscle:</source>
        <translation>&amp;Músculo:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>La&amp;do:</translation>
    </message>
    <message>
        <source>Choose the worst severity: type a number from 0 to 10.</source>
        <translation>Elija la intensidad máxima: escriba un número del 0 al 10.</translation>
    </message>
</context>
<context>
    <name>LogCrampDialog</name>
    <message>
        <source>Edit a cramp</source>
        <translation>Editar un calambre</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Registrar un calambre</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>15 min ago</source>
        <translation>Hace 15 min</translation>
    </message>
    <message>
        <source>1 h ago</source>
        <translation>Hace 1 h</translation>
    </message>
    <message>
        <source>Last &amp;night</source>
        <translation>&amp;Anoche</translation>
    </message>
    <message>
        <source>This entry will be marked as logged later.</source>
        <translation>Esta anotación se marcará como registrada más tarde.</translation>
    </message>
    <message>
        <source>Duration, minutes</source>
        <translation>Duración, minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration, seconds</source>
        <translation>Duración, segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>More &amp;details (optional)</source>
        <translation>Más detall&amp;es (opcional)</translation>
    </message>
    <message>
        <source>How &amp;bad was it?</source>
        <translation>¿Cuánto le &amp;dolió?</translation>
    </message>
    <message>
        <source>&amp;When did it start?</source>
        <translation>¿&amp;Cuándo empezó?</translation>
    </message>
    <message>
        <source>How &amp;long did it last?</source>
        <translation>¿Cuánto &amp;tiempo duró?</translation>
    </message>
    <message>
        <source>&amp;Muscle:</source>
        <translation>&amp;Músculo:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>&amp;Lado:</translation>
    </message>
    <message>
        <source>Situa&amp;tion:</source>
        <translation>&amp;Situación:</translation>
    </message>
    <message>
        <source>This entry is marked as logged later.</source>
        <translation>Esta anotación está marcada como registrada más tarde.</translation>
    </message>
    <message>
        <source>Choose how bad the cramp was: type a number from 0 to 10.</source>
        <translation>Elija la intensidad del calambre: escriba un número del 0 al 10.</translation>
    </message>
    <message>
        <source>%1: the time zone this entry was logged in</source>
        <translation>%1: la zona horaria en la que se registró esta entrada</translation>
    </message>
    <message>
        <source>Your entry is still here: nothing you typed is lost.</source>
        <translation>Su entrada sigue aquí: no se ha perdido nada de lo que escribió.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Log a cramp…</source>
        <translation>&amp;Registrar un calambre…</translation>
    </message>
    <message>
        <source>Export re&amp;port…</source>
        <translation>Exportar in&amp;forme…</translation>
    </message>
    <message>
        <source>&amp;Import episodes from CSV…</source>
        <translation>&amp;Importar episodios desde CSV…</translation>
    </message>
    <message>
        <source>&amp;Export episodes to CSV…</source>
        <translation>&amp;Exportar episodios a CSV…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer una &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>&amp;Ayuda y atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Leg Cramp Companion</source>
        <translation>A&amp;cerca de Leg Cramp Companion</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Choose a screen; %1 to %2 switch directly</source>
        <translation>Elija una pantalla; con %1 a %2 se cambia directamente</translation>
    </message>
    <message>
        <source>Import everything (&amp;JSON)…</source>
        <translation>Importar to&amp;do (JSON)…</translation>
    </message>
    <message>
        <source>Export everythin&amp;g (JSON)…</source>
        <translation>Exportar tod&amp;o (JSON)…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Abrir carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Open &amp;logs folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Check for &amp;updates…</source>
        <translation>Buscar act&amp;ualizaciones…</translation>
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
        <translation>Modificar medicamento</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>S&amp;topped:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Fecha conocida</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Ya no lo toma</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>Kind of medicine</source>
        <translation>Tipo de medicamento</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Fecha de inicio conocida</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Has been stopped</source>
        <translation>Ya no lo toma</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Choose the kind…</source>
        <translation>Elija el tipo…</translation>
    </message>
    <message>
        <source>Choose what kind of medicine this is; if none fits, choose “Other medicine”.</source>
        <translation>Elija qué tipo de medicamento es; si ninguno encaja, elija «Otro medicamento».</translation>
    </message>
</context>
<context>
    <name>MedicationEditor</name>
    <message>
        <source>Remove medicine</source>
        <translation>Quitar medicamento</translation>
    </message>
    <message>
        <source>Remove “%1” from your list of medicines?</source>
        <translation>¿Quitar «%1» de su lista de medicamentos?</translation>
    </message>
    <message>
        <source>The medicines and supplements you take. Some can make cramps more likely; the report lists them so you can ask your doctor. Never stop a medicine on your own.</source>
        <translation>Los medicamentos y suplementos que toma. Algunos pueden hacer más probables los calambres; el informe los enumera para que pueda preguntar a su médico. No deje nunca un medicamento por su cuenta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>&amp;Add medicine…</source>
        <translation>&amp;Nuevo medicamento…</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Modifi&amp;car…</translation>
    </message>
    <message>
        <source>Change medicine</source>
        <translation>Modificar medicamento</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>OpeningScreen</name>
    <message>
        <source>Log a cramp in seconds and answer “Last night?” each morning.</source>
        <translation>Registre un calambre en segundos y responda cada mañana a «¿Qué tal anoche?».</translation>
    </message>
    <message>
        <source>A guided checklist of cramp risk factors that says clearly when to see a doctor.</source>
        <translation>Un cuestionario guiado sobre los factores de riesgo de los calambres que le indica claramente cuándo acudir a un médico.</translation>
    </message>
    <message>
        <source>Your private history of cramp episodes, with filters and charts.</source>
        <translation>Su historial privado de episodios de calambres, con filtros y gráficos.</translation>
    </message>
    <message>
        <source>A clear PDF report of your cramps to bring to your doctor.</source>
        <translation>Un informe claro en PDF de sus calambres para llevar a su médico.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
</context>
<context>
    <name>PeriodTile</name>
    <message>
        <source>Last %1 days</source>
        <translation>Últimos %1 días</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Días con calambres</translation>
    </message>
    <message>
        <source>Diary kept on %1 of %2 days</source>
        <translation>Diario llevado %1 de %2 días</translation>
    </message>
    <message>
        <source>Nothing logged in these days.</source>
        <translation>Nada registrado en estos días.</translation>
    </message>
    <message>
        <source>Too few days kept to compare with the %1 days before.</source>
        <translation>Muy pocos días registrados para comparar con los %1 días anteriores.</translation>
    </message>
    <message>
        <source>Not compared: the diary was kept on %1 of the %2 days before.</source>
        <translation>No comparado: el diario se llevó %1 de los %2 días anteriores.</translation>
    </message>
    <message>
        <source>%1 cramps a week, against %2 in the %3 days before.</source>
        <translation>%1 calambres por semana, frente a %2 en los %3 días anteriores.</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Last 2 weeks</source>
        <translation>Últimas 2 semanas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
</context>
<context>
    <name>PreviewBar</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 out of %2</source>
        <translation>%1 sobre %2</translation>
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>Table of contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Siguiente coincidencia</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Imprimir el artículo</translation>
    </message>
    <message>
        <source>Preview the printed article</source>
        <translation>Vista previa del artículo impreso</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>← &amp;Back to your results</source>
        <translation>← Volver a sus &amp;resultados</translation>
    </message>
    <message>
        <source>Back to your results</source>
        <translation>Volver a sus resultados</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>Contents and article</source>
        <translation>Contenido y artículo</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
</context>
<context>
    <name>RedFlagPanel</name>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>Call emergency services now.</source>
        <translation>Llame ahora a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>See a doctor today.</source>
        <translation>Acuda hoy mismo a un médico.</translation>
    </message>
    <message>
        <source>Make an appointment with your doctor.</source>
        <translation>Pida una cita con su médico.</translation>
    </message>
    <message>
        <source>Leg pain or swelling with breathlessness or chest pain</source>
        <translation>Dolor o hinchazón en una pierna con falta de aire o dolor en el pecho</translation>
    </message>
    <message>
        <source>Leg pain or swelling together with sudden shortness of breath or chest pain can be a sign of a blood clot that has travelled to the lungs. This needs help straight away.</source>
        <translation>Un dolor o una hinchazón en una pierna junto con falta de aire repentina o dolor en el pecho puede ser señal de un coágulo de sangre que ha llegado a los pulmones. Necesita ayuda de inmediato.</translation>
    </message>
    <message>
        <source>Cramps with confusion, fainting, a seizure or collapse</source>
        <translation>Calambres con confusión, desmayo, convulsión o colapso</translation>
    </message>
    <message>
        <source>Cramps together with confusion, a seizure, fainting, repeated vomiting or collapse can be a sign of a dangerously low level of sodium in the blood, especially after long exercise or after drinking large amounts of water. This needs help straight away.</source>
        <translation>Los calambres junto con confusión, una convulsión, un desmayo, vómitos repetidos o un colapso pueden ser señal de un nivel peligrosamente bajo de sodio en la sangre, sobre todo después de un ejercicio largo o de beber grandes cantidades de agua. Necesita ayuda de inmediato.</translation>
    </message>
    <message>
        <source>Swelling, warmth or redness of one calf</source>
        <translation>Hinchazón, calor o enrojecimiento de una pantorrilla</translation>
    </message>
    <message>
        <source>A calf that is swollen, warm, red or tender, especially on one side only, can be a sign of a blood clot in a deep vein (deep vein thrombosis). It needs checking by a doctor today.</source>
        <translation>Una pantorrilla hinchada, caliente, enrojecida o dolorosa al tacto, sobre todo si es solo en un lado, puede ser señal de un coágulo de sangre en una vena profunda (trombosis venosa profunda). Debe valorarlo un médico hoy mismo.</translation>
    </message>
    <message>
        <source>Dark urine with severe muscle pain or weakness</source>
        <translation>Orina oscura con dolor muscular intenso o debilidad</translation>
    </message>
    <message>
        <source>Dark, cola-coloured urine together with severe muscle pain or weakness can be a sign of muscle breakdown (rhabdomyolysis), particularly in people who take a statin. It needs checking by a doctor today.</source>
        <translation>Una orina oscura, del color de un refresco de cola, junto con dolor muscular intenso o debilidad puede ser señal de destrucción del tejido muscular (rabdomiólisis), sobre todo en personas que toman una estatina. Debe valorarlo un médico hoy mismo.</translation>
    </message>
    <message>
        <source>A cramp lasting more than 10 minutes</source>
        <translation>Un calambre que dura más de 10 minutos</translation>
    </message>
    <message>
        <source>Most cramps ease within a few minutes. A cramp that lasts more than 10 minutes and does not ease needs checking by a doctor today.</source>
        <translation>La mayoría de los calambres ceden en pocos minutos. Un calambre que dura más de 10 minutos y no cede debe valorarlo un médico hoy mismo.</translation>
    </message>
    <message>
        <source>Cramps after a dirty wound or contact with lead or mercury</source>
        <translation>Calambres tras una herida sucia o tras el contacto con plomo o mercurio</translation>
    </message>
    <message>
        <source>Cramps that begin after a dirty wound, or after contact with lead or mercury, can be a sign of tetanus or of poisoning. They need checking by a doctor today.</source>
        <translation>Los calambres que empiezan después de una herida sucia, o después del contacto con plomo o mercurio, pueden ser señal de tétanos o de intoxicación. Debe valorarlos un médico hoy mismo.</translation>
    </message>
    <message>
        <source>Nausea, headache or weakness with a risk of low sodium</source>
        <translation>Náuseas, dolor de cabeza o debilidad con riesgo de sodio bajo</translation>
    </message>
    <message>
        <source>Nausea, headache, cramps or weakness in someone at risk of low blood sodium, for example after endurance exercise or while taking a water pill (diuretic), can be a sign that the sodium level is low. It needs checking by a doctor today.</source>
        <translation>Las náuseas, el dolor de cabeza, los calambres o la debilidad en alguien con riesgo de tener el sodio bajo en la sangre, por ejemplo después de hacer ejercicio de larga duración o mientras toma un diurético (pastilla para orinar), pueden ser señal de que el nivel de sodio está bajo. Debe valorarlo un médico hoy mismo.</translation>
    </message>
    <message>
        <source>Muscle weakness, wasting or numbness</source>
        <translation>Debilidad, pérdida de masa muscular o entumecimiento</translation>
    </message>
    <message>
        <source>Swelling of the legs or feet</source>
        <translation>Hinchazón de las piernas o los pies</translation>
    </message>
    <message>
        <source>Swelling of the legs or feet together with cramps needs checking by your doctor. If one calf is swollen, warm or red, see a doctor today instead.</source>
        <translation>La hinchazón de las piernas o los pies junto con calambres debe valorarla su médico. Pero si tiene una pantorrilla hinchada, caliente o enrojecida, acuda hoy mismo a un médico.</translation>
    </message>
    <message>
        <source>Frequent cramps</source>
        <translation>Calambres frecuentes</translation>
    </message>
    <message>
        <source>Cramps that come often are worth discussing with your doctor, who can look for a cause and talk about what may help. Your log is useful to bring.</source>
        <translation>Conviene comentar los calambres frecuentes con su médico, que puede buscar una causa y hablar con usted de lo que puede ayudar. Es útil que lleve su registro.</translation>
    </message>
    <message>
        <source>Cramps that disturb sleep or the next day</source>
        <translation>Calambres que alteran el sueño o el día siguiente</translation>
    </message>
    <message>
        <source>If cramps often wake you or make it hard to manage the next day, your doctor can look at the cause with you and at what may help.</source>
        <translation>Si los calambres le despiertan a menudo o le dificultan el día siguiente, su médico puede estudiar con usted la causa y lo que puede ayudar.</translation>
    </message>
    <message>
        <source>No improvement with self-care</source>
        <translation>Sin mejoría con el autocuidado</translation>
    </message>
    <message>
        <source>If cramps keep coming despite stretching and other self-care, other causes and options are worth discussing with your doctor.</source>
        <translation>Si los calambres siguen apareciendo a pesar de los estiramientos y otras medidas de autocuidado, conviene comentar con su médico otras causas y opciones.</translation>
    </message>
    <message>
        <source>Cramps with no obvious trigger</source>
        <translation>Calambres sin desencadenante evidente</translation>
    </message>
    <message>
        <source>Cramps that come without an obvious trigger, such as hard exercise or long standing, can have an underlying cause that needs checking by your doctor.</source>
        <translation>Los calambres que aparecen sin un desencadenante evidente, como el ejercicio intenso o estar mucho tiempo de pie, pueden tener una causa subyacente que debe valorar su médico.</translation>
    </message>
    <message>
        <source>Cramps that began after a new medicine</source>
        <translation>Calambres que empezaron tras un medicamento nuevo</translation>
    </message>
    <message>
        <source>Some medicines are linked to cramps. If cramps began after a medicine was started or changed, bring your list of medicines and ask your doctor whether one could contribute. Any change to a medicine is for your doctor to decide.</source>
        <translation>Algunos medicamentos están relacionados con los calambres. Si los calambres empezaron después de empezar o cambiar un medicamento, lleve su lista de medicamentos y pregunte a su médico si alguno podría contribuir. Cualquier cambio en un medicamento debe decidirlo su médico.</translation>
    </message>
    <message>
        <source>See a doctor or pharmacist about a tetanus jab today.</source>
        <translation>Consulte hoy mismo a un médico o farmacéutico sobre la vacuna del tétanos.</translation>
    </message>
    <message>
        <source>Tell your doctor at your next appointment.</source>
        <translation>Cuénteselo a su médico en su próxima cita.</translation>
    </message>
    <message>
        <source>A suddenly painful, cold, pale or blue leg or foot</source>
        <translation>Una pierna o un pie de repente doloroso, frío, pálido o azulado</translation>
    </message>
    <message>
        <source>A leg or foot that suddenly becomes painful, cold, pale or blue, or numb or weak, can be a sign that an artery is blocked and the leg is not getting enough blood. This needs help straight away.</source>
        <translation>Una pierna o un pie que de repente se vuelve doloroso, frío, pálido o azulado, o entumecido o débil, puede ser señal de que una arteria está bloqueada y la pierna no recibe suficiente sangre. Necesita ayuda de inmediato.</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness on one side, or trouble speaking</source>
        <translation>Debilidad o entumecimiento repentino de un lado, o dificultad para hablar</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness of a leg, an arm or the face, or sudden trouble speaking, can be a sign of a stroke. This needs help straight away.</source>
        <translation>La debilidad o el entumecimiento repentino de una pierna, un brazo o la cara, o la dificultad repentina para hablar, pueden ser señal de un ictus. Necesita ayuda de inmediato.</translation>
    </message>
    <message>
        <source>Back pain with numbness around the bottom or bladder or bowel trouble</source>
        <translation>Dolor de espalda con entumecimiento en las nalgas o problemas de vejiga o intestino</translation>
    </message>
    <message>
        <source>Back pain together with numbness between the legs or around the bottom, or new trouble controlling the bladder or bowel, can be a sign that the nerves at the bottom of the spine are pressed (cauda equina syndrome). This needs help straight away.</source>
        <translation>El dolor de espalda junto con entumecimiento entre las piernas o alrededor de las nalgas, o nuevos problemas para controlar la vejiga o el intestino, puede ser señal de que los nervios del final de la columna están comprimidos (síndrome de cauda equina). Necesita ayuda de inmediato.</translation>
    </message>
    <message>
        <source>A stiff jaw or spreading spasms after a wound</source>
        <translation>Mandíbula rígida o espasmos que se extienden tras una herida</translation>
    </message>
    <message>
        <source>After a wound, a stiff jaw, trouble swallowing, or painful muscle spasms that spread can be a sign of tetanus. This needs help straight away.</source>
        <translation>Tras una herida, la rigidez de la mandíbula, la dificultad para tragar o los espasmos musculares dolorosos que se extienden pueden ser señal de tétanos. Necesita ayuda de inmediato.</translation>
    </message>
    <message>
        <source>Cramps after a dirty wound</source>
        <translation>Calambres tras una herida sucia</translation>
    </message>
    <message>
        <source>Cramps that begin after a dirty wound are worth checking today: a doctor or pharmacist can tell whether you need a tetanus jab. If the jaw becomes stiff or spasms spread, call emergency services.</source>
        <translation>Conviene revisar hoy los calambres que empiezan después de una herida sucia: un médico o farmacéutico puede decirle si necesita la vacuna del tétanos. Si la mandíbula se pone rígida o los espasmos se extienden, llame a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>Cramps after contact with lead or mercury</source>
        <translation>Calambres tras contacto con plomo o mercurio</translation>
    </message>
    <message>
        <source>Cramps that begin after contact with lead or mercury can be a sign of poisoning. They need checking by a doctor today.</source>
        <translation>Los calambres que empiezan tras el contacto con plomo o mercurio pueden ser señal de intoxicación. Un médico debe revisarlos hoy mismo.</translation>
    </message>
    <message>
        <source>Weakness or wasting of a muscle, or numbness, alongside cramps can be a sign of a nerve or muscle problem. It needs checking by your doctor. If it came on suddenly, call emergency services.</source>
        <translation>La debilidad o la pérdida de masa de un músculo, o el entumecimiento, junto con calambres pueden ser señal de un problema de nervios o músculos. Su médico debe revisarlo. Si apareció de repente, llame a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>A change in the skin colour of the leg or foot</source>
        <translation>Un cambio de color de la piel de la pierna o el pie</translation>
    </message>
    <message>
        <source>A change in the colour of the skin of a leg or foot alongside cramps needs checking by your doctor. If the foot suddenly turns cold, pale or blue, call emergency services.</source>
        <translation>Un cambio de color de la piel de una pierna o un pie junto con calambres debe revisarlo su médico. Si el pie se vuelve de repente frío, pálido o azulado, llame a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>Leg pain at rest that eases when the leg hangs down, or sores that do not heal</source>
        <translation>Dolor de pierna en reposo que se alivia al dejarla colgar, o llagas que no se curan</translation>
    </message>
    <message>
        <source>Foot or leg pain at rest at night that eases when the leg hangs down, or sores on the feet or legs that do not heal, can be a sign of narrowed arteries in the legs (peripheral arterial disease), which can be mistaken for night cramps. It needs checking by your doctor.</source>
        <translation>El dolor de pie o pierna en reposo por la noche que se alivia al dejar colgar la pierna, o las llagas en pies o piernas que no se curan, pueden ser señal de arterias estrechadas en las piernas (enfermedad arterial periférica), que puede confundirse con calambres nocturnos. Su médico debe revisarlo.</translation>
    </message>
    <message>
        <source>A warning symptom earlier that has passed</source>
        <translation>Un síntoma de alarma anterior que ya pasó</translation>
    </message>
    <message>
        <source>A warning symptom that happened more than 7 days ago and has passed is worth telling your doctor about at your next appointment. If it comes back, act on it straight away.</source>
        <translation>Conviene contar a su médico en la próxima cita un síntoma de alarma que ocurrió hace más de 7 días y ya pasó. Si vuelve, actúe de inmediato.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <source>Reminders and start at login</source>
        <translation>Recordatorios e inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Each &amp;morning, ask “Last night?”</source>
        <translation>Cada &amp;mañana, preguntar «¿Anoche?»</translation>
    </message>
    <message>
        <source>Morning reminder</source>
        <translation>Recordatorio de la mañana</translation>
    </message>
    <message>
        <source>In the &amp;evening, remind me of the measure I am trying</source>
        <translation>Por la &amp;noche, recordarme la medida que estoy probando</translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation>Recordatorio de la noche</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Hora del recordatorio de la mañana</translation>
    </message>
    <message>
        <source>Evening reminder time</source>
        <translation>Hora del recordatorio de la noche</translation>
    </message>
    <message>
        <source>While a reminder is on, closing the window keeps the app running in the tray so it can remind you. No reminder comes once the morning is answered.</source>
        <translation>Mientras haya un recordatorio activado, al cerrar la ventana la aplicación sigue en la bandeja del sistema para poder recordárselo. No llega ningún recordatorio si ya respondió por la mañana.</translation>
    </message>
    <message>
        <source>&amp;Start Leg Cramp Companion when I log in</source>
        <translation>&amp;Iniciar Leg Cramp Companion al iniciar sesión</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>No se ha podido cambiar el inicio al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Advice that applies</source>
        <translation>Consejos aplicables</translation>
    </message>
    <message>
        <source>General advice linked to the findings of the checklist of %1, in short form. It is information to discuss with a doctor, not a treatment plan.</source>
        <translation>Consejos generales vinculados a los resultados del cuestionario del %1, en forma resumida. Es información para comentar con un médico, no un plan de tratamiento.</translation>
    </message>
    <message>
        <source>No checklist has been completed, so no advice is linked to findings.</source>
        <translation>No se ha completado ningún cuestionario, así que no hay consejos vinculados a resultados.</translation>
    </message>
    <message>
        <source>The findings of the latest checklist have no advice attached.</source>
        <translation>Los resultados del último cuestionario no tienen consejos asociados.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Key points of the article “Sodium and leg cramps”</source>
        <translation>Puntos clave del artículo «El sodio y los calambres en las piernas»</translation>
    </message>
    <message>
        <source>Questions to ask your doctor</source>
        <translation>Preguntas para su médico</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>Fuentes citadas</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Tenga en cuenta</translation>
    </message>
    <message>
        <source>Appendix: all episodes</source>
        <translation>Anexo: todos los episodios</translation>
    </message>
    <message>
        <source>Filters used: the period %1 – %2; all episodes, none left out; oldest first.</source>
        <translation>Filtros usados: el periodo %1 – %2; todos los episodios, sin omitir ninguno; del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>Episodes listed: %1.</source>
        <translation>Episodios enumerados: %1.</translation>
    </message>
    <message>
        <source>No episodes were logged in this period.</source>
        <translation>No se registraron episodios en este periodo.</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(continuación)</translation>
    </message>
    <message>
        <source>Symptoms: %1</source>
        <translation>Síntomas: %1</translation>
    </message>
    <message>
        <source>Date, time</source>
        <translation>Fecha, hora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Intensidad (0–10)</translation>
    </message>
    <message>
        <source>Muscle</source>
        <translation>Músculo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Triggers (24 h before)</source>
        <translation>Desencadenantes (24 h antes)</translation>
    </message>
    <message>
        <source>Relief (helped?)</source>
        <translation>Alivio (¿ayudó?)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Leg cramp report</source>
        <translation>Informe de calambres en las piernas</translation>
    </message>
    <message>
        <source>Self-reported by the patient, not clinically reviewed</source>
        <translation>Datos aportados por el propio paciente, sin revisión clínica</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No sections were chosen for this report.</source>
        <translation>No se eligió ninguna sección para este informe.</translation>
    </message>
    <message>
        <source>Leg cramps are sudden, involuntary tightenings of a muscle, often in the calf, thigh or foot. Many factors contribute.</source>
        <translation>Los calambres en las piernas son contracciones repentinas e involuntarias de un músculo, a menudo en la pantorrilla, el muslo o el pie. Contribuyen muchos factores.</translation>
    </message>
    <message>
        <source>Sodium keeps the fluid inside and outside cells in balance and carries the nerve signals that make muscles contract.</source>
        <translation>El sodio mantiene en equilibrio el líquido de dentro y de fuera de las células y transmite las señales nerviosas que hacen que los músculos se contraigan.</translation>
    </message>
    <message>
        <source>Common contributors are dehydration, tired or overworked muscles, low potassium or magnesium, some medicines, and conditions that affect nerves or circulation.</source>
        <translation>Entre los factores que contribuyen con frecuencia están la deshidratación, los músculos cansados o sobrecargados, el potasio o el magnesio bajos, algunos medicamentos y las enfermedades que afectan a los nervios o a la circulación.</translation>
    </message>
    <message>
        <source>The link with sodium is indirect: a salty meal rarely causes a cramp by itself, but a lot of salt without enough fluid can worsen dehydration, and very low blood sodium can also cause cramps.</source>
        <translation>La relación con el sodio es indirecta: una comida salada rara vez causa un calambre por sí sola, pero mucha sal sin suficiente líquido puede empeorar la deshidratación, y un nivel muy bajo de sodio en la sangre también puede causar calambres.</translation>
    </message>
    <message>
        <source>What may help: drinking regularly, guided by thirst; replacing salts after prolonged heavy sweating (with high blood pressure, heart or kidney disease, ask a doctor first); fruit, vegetables and nuts; and regular stretching.</source>
        <translation>Qué puede ayudar: beber con regularidad, guiándose por la sed; reponer sales después de una sudoración intensa y prolongada (con presión arterial alta o enfermedad del corazón o de los riñones, consulte antes a un médico); fruta, verdura y frutos secos; y estirar con regularidad.</translation>
    </message>
    <message>
        <source>Cramps that are persistent or severe, or that come with other worrying symptoms, are a reason to see a doctor.</source>
        <translation>Los calambres persistentes o intensos, o que se acompañan de otros síntomas preocupantes, son un motivo para acudir a un médico.</translation>
    </message>
    <message>
        <source>Could any of my medicines or supplements be contributing to my cramps? Are there alternatives?</source>
        <translation>¿Podría alguno de mis medicamentos o suplementos estar contribuyendo a mis calambres? ¿Hay alternativas?</translation>
    </message>
    <message>
        <source>Could this be another condition, such as a circulation problem, restless legs or nerve damage?</source>
        <translation>¿Podría tratarse de otra afección, como un problema de circulación, el síndrome de piernas inquietas o daño en los nervios?</translation>
    </message>
    <message>
        <source>Do I need blood tests (sodium, potassium, magnesium, calcium, kidney function, thyroid, glucose)?</source>
        <translation>¿Necesito análisis de sangre (sodio, potasio, magnesio, calcio, función renal, tiroides, glucosa)?</translation>
    </message>
    <message>
        <source>Could my existing condition be linked to the cramps?</source>
        <translation>¿Podría estar relacionado con los calambres algún problema de salud que ya tengo?</translation>
    </message>
    <message>
        <source>Which stretches should I do, and how often?</source>
        <translation>¿Qué estiramientos debería hacer y con qué frecuencia?</translation>
    </message>
    <message>
        <source>Is magnesium worth trying for me?</source>
        <translation>¿Merece la pena que pruebe el magnesio?</translation>
    </message>
    <message>
        <source>Are any medicines suitable for me? (Quinine works but is no longer advised for routine use.)</source>
        <translation>¿Hay algún medicamento adecuado para mí? (La quinina es eficaz, pero ya no se recomienda para uso habitual.)</translation>
    </message>
    <message>
        <source>How much should I drink, and should I take salt or electrolytes during exercise?</source>
        <translation>¿Cuánto debería beber, y debería tomar sal o electrolitos durante el ejercicio?</translation>
    </message>
    <message>
        <source>Which symptoms should make me seek help urgently?</source>
        <translation>¿Qué síntomas deberían hacerme buscar ayuda urgente?</translation>
    </message>
    <message>
        <source>This report is information to discuss with a doctor, not a diagnosis. The entries and checklist answers were recorded by the patient and have not been clinically reviewed.</source>
        <translation>Este informe es información para comentar con un médico, no un diagnóstico. Las anotaciones y las respuestas del cuestionario las registró el paciente y no han sido revisadas clínicamente.</translation>
    </message>
    <message>
        <source>Talk to your doctor before changing anything: do not start, stop or change a medicine or supplement on your own.</source>
        <translation>Hable con su médico antes de cambiar nada: no empiece, deje ni cambie un medicamento o suplemento por su cuenta.</translation>
    </message>
    <message>
        <source>In an emergency, such as sudden breathlessness, chest pain, confusion or collapse, call emergency services.</source>
        <translation>En una emergencia, como falta de aire repentina, dolor en el pecho, confusión o colapso, llame a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Medicines and checklist</source>
        <translation>Medicamentos y cuestionario</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>No medicines are recorded.</source>
        <translation>No hay medicamentos registrados.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 por semana</translation>
    </message>
    <message>
        <source>No start date recorded.</source>
        <translation>No hay fecha de inicio registrada.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Latest checklist</source>
        <translation>Último cuestionario</translation>
    </message>
    <message>
        <source>No checklist has been completed.</source>
        <translation>No se ha completado ningún cuestionario.</translation>
    </message>
    <message>
        <source>Completed on %1.</source>
        <translation>Completado el %1.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Factores de riesgo</translation>
    </message>
    <message>
        <source>Unknown (answered “not sure” or not answered)</source>
        <translation>Desconocido (respuesta «no lo sé» o sin responder)</translation>
    </message>
    <message>
        <source>started or changed in the last 3 months</source>
        <translation>empezado o cambiado en los últimos 3 meses</translation>
    </message>
    <message>
        <source>Cramps per week before and after a start or stop</source>
        <translation>Calambres por semana antes y después de empezar o dejar un medicamento</translation>
    </message>
    <message>
        <source>Counted over the days the diary was kept (days without any entry in gaps shorter than %3 days count as days without cramps), in two windows of equal length, up to %1 weeks, before and from the day of the change; shown only with at least %2 such days on each side.</source>
        <translation>Contados sobre los días en que se llevó el diario (los días sin ninguna entrada dentro de huecos de menos de %3 días cuentan como días sin calambres), en dos intervalos de igual duración, de hasta %1 semanas, antes y a partir del día del cambio; solo se muestra con al menos %2 de esos días a cada lado.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>From that day</source>
        <translation>Desde ese día</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Empezado el %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Dejado el %1</translation>
    </message>
    <message>
        <source>%1 started on %2, inside this window</source>
        <translation>%1 empezado el %2, dentro de este intervalo</translation>
    </message>
    <message>
        <source>%1 stopped on %2, inside this window</source>
        <translation>%1 dejado el %2, dentro de este intervalo</translation>
    </message>
    <message>
        <source>%1 cramps over %2 days kept, %3 – %4</source>
        <translation>%1 calambres en %2 días registrados, %3 – %4</translation>
    </message>
    <message>
        <source>Not enough days kept on each side to compare.</source>
        <translation>No hay suficientes días registrados a cada lado para comparar.</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>no lo sé</translation>
    </message>
    <message>
        <source>Not answered (%1 questions), so unknown, not counted as no:</source>
        <translation>Sin responder (%1 preguntas), por tanto desconocido, no contado como «no»:</translation>
    </message>
    <message>
        <source>If it applies: %1</source>
        <translation>Si es el caso: %1</translation>
    </message>
    <message>
        <source>The answers pointed to no warning sign and no known risk factor.</source>
        <translation>Las respuestas no apuntaron a ninguna señal de alarma ni a ningún factor de riesgo conocido.</translation>
    </message>
    <message>
        <source>Changes since the checklist of %1</source>
        <translation>Cambios desde el cuestionario del %1</translation>
    </message>
    <message>
        <source>There is no earlier checklist to compare with.</source>
        <translation>No hay ningún cuestionario anterior con el que comparar.</translation>
    </message>
    <message>
        <source>No change in the findings.</source>
        <translation>Sin cambios en los resultados.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>No longer found: %1</source>
        <translation>Ya no aparece: %1</translation>
    </message>
    <message>
        <source>warning sign</source>
        <translation>señal de alarma</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Calendar of cramp days</source>
        <translation>Calendario de días con calambres</translation>
    </message>
    <message>
        <source>Cramp day</source>
        <translation>Día con calambres</translation>
    </message>
    <message>
        <source>Marked “no cramps”</source>
        <translation>Marcado «sin calambres»</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>Sin registro</translation>
    </message>
    <message>
        <source>The period covers %1 months; the calendar shows the last 12.</source>
        <translation>El periodo abarca %1 meses; el calendario muestra los 12 últimos.</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>By the hour in which each episode began, local time.</source>
        <translation>Según la hora en que empezó cada episodio, en hora local.</translation>
    </message>
    <message>
        <source>Severity of each episode</source>
        <translation>Intensidad de cada episodio</translation>
    </message>
    <message>
        <source>Each dot is one episode: 0 is no pain, 10 the worst pain imaginable.</source>
        <translation>Cada punto es un episodio: 0 es sin dolor y 10, el peor dolor imaginable.</translation>
    </message>
    <message>
        <source>Muscles and sides</source>
        <translation>Músculos y lados</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Relief tried</source>
        <translation>Medidas de alivio probadas</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <source>Times tried</source>
        <translation>Veces probado</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Nothing was tried for %1 episodes.</source>
        <translation>No se probó nada en %1 episodios.</translation>
    </message>
    <message>
        <source>Nothing was tried for 1 episode.</source>
        <translation>No se probó nada en 1 episodio.</translation>
    </message>
    <message>
        <source>No relief was recorded in this period.</source>
        <translation>No se registró ninguna medida de alivio en este periodo.</translation>
    </message>
    <message>
        <source>When several things were tried for one episode, the answer counts for each of them. Cramps often ease by themselves, so feeling better afterwards does not prove that a remedy works.</source>
        <translation>Cuando se probaron varias cosas en un mismo episodio, la respuesta cuenta para cada una de ellas. Los calambres a menudo ceden solos, así que sentirse mejor después no demuestra que un remedio funcione.</translation>
    </message>
    <message>
        <source>Possible triggers: associations, not causes</source>
        <translation>Posibles desencadenantes: asociaciones, no causas</translation>
    </message>
    <message>
        <source>Cramp days among the recorded days on which the patient noted a possible trigger (in the 24 hours before an episode, or on a day answered “no cramps”), against the other recorded days; days without any entry are left out. A trigger is shown only with at least %1 days without cramps on which it was noted and %1 on which it was not.</source>
        <translation>Días con calambres entre los días registrados en los que el paciente anotó un posible desencadenante (en las 24 horas anteriores a un episodio, o en un día respondido «sin calambres»), frente a los demás días registrados; los días sin ninguna entrada no se cuentan. Un desencadenante solo se muestra con al menos %1 días sin calambres en los que se anotó y %1 en los que no.</translation>
    </message>
    <message>
        <source>Too little data to compare (fewer than %2 days without cramps with it, or without it): %1.</source>
        <translation>Datos insuficientes para comparar (menos de %2 días sin calambres con él, o sin él): %1.</translation>
    </message>
    <message>
        <source>No possible trigger can be compared yet: that needs at least %1 days answered “no cramps” on which it was noted and %1 on which it was not. Answering “No cramps” on the morning card, with what happened the day before, provides them.</source>
        <translation>Todavía no se puede comparar ningún posible desencadenante: hacen falta al menos %1 días respondidos «sin calambres» en los que se anotó y %1 en los que no. Responder «Sin calambres» en la tarjeta de la mañana, junto con lo que pasó el día anterior, los aporta.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Cramp days when noted</source>
        <translation>Días con calambres cuando se anotó</translation>
    </message>
    <message>
        <source>Cramp days otherwise</source>
        <translation>Días con calambres en los demás días</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>association, not cause</source>
        <translation>asociación, no causa</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <source>Triggers are noted mostly together with a cramp, which makes days with a trigger look worse than they may be.</source>
        <translation>Los desencadenantes se anotan sobre todo junto con un calambre, lo que hace que los días con un desencadenante parezcan peores de lo que quizá son.</translation>
    </message>
    <message>
        <source>No possible triggers were noted in this period.</source>
        <translation>No se anotó ningún posible desencadenante en este periodo.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Leg Cramp Companion %1</source>
        <translation>Leg Cramp Companion %1</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>nacido/a el %1</translation>
    </message>
    <message>
        <source>No day of this period was logged at all, so the report cannot say whether there were cramps.</source>
        <translation>No se registró ningún día de este periodo, así que el informe no puede decir si hubo calambres.</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Cramp days</source>
        <translation>Días con calambres</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episodios por semana</translation>
    </message>
    <message>
        <source>Cramp days per week</source>
        <translation>Días con calambres por semana</translation>
    </message>
    <message>
        <source>Per week: over the days the diary was kept.</source>
        <translation>Por semana: sobre los días en que se llevó el diario.</translation>
    </message>
    <message>
        <source>This period: %1.</source>
        <translation>Este periodo: %1.</translation>
    </message>
    <message>
        <source>Not comparable with the previous period: the diary covers %1 of %2 days of it.</source>
        <translation>No comparable con el periodo anterior: el diario cubre %1 de sus %2 días.</translation>
    </message>
    <message>
        <source>Not compared with the previous period: the diary covers only %1 of %2 days of this period.</source>
        <translation>No se compara con el periodo anterior: el diario solo cubre %1 de los %2 días de este periodo.</translation>
    </message>
    <message>
        <source>Median severity (0–10)</source>
        <translation>Intensidad mediana (0–10)</translation>
    </message>
    <message>
        <source>Highest severity (0–10)</source>
        <translation>Intensidad máxima (0–10)</translation>
    </message>
    <message>
        <source>Median duration (minutes)</source>
        <translation>Duración mediana (minutos)</translation>
    </message>
    <message>
        <source>Longest duration (minutes)</source>
        <translation>Duración máxima (minutos)</translation>
    </message>
    <message>
        <source>Episodes that woke the patient</source>
        <translation>Episodios que despertaron al paciente</translation>
    </message>
    <message>
        <source>Mean sleep disturbance (0–10)</source>
        <translation>Alteración del sueño media (0–10)</translation>
    </message>
    <message>
        <source>This period: %1. Previous period: %2.</source>
        <translation>Este periodo: %1. Periodo anterior: %2.</translation>
    </message>
    <message>
        <source>– means no episodes, or not recorded.</source>
        <translation>– significa sin episodios o no registrado.</translation>
    </message>
    <message>
        <source>Figures vary by chance: a change between periods does not show that anything tried had an effect.</source>
        <translation>Las cifras varían por azar: un cambio entre periodos no demuestra que algo de lo probado haya tenido efecto.</translation>
    </message>
    <message>
        <source>Each bar is a week of the period, labelled by its first day.</source>
        <translation>Cada barra es una semana del periodo, identificada por su primer día.</translation>
    </message>
    <message>
        <source>Diary kept %1 – %2: %3 of %4 days.</source>
        <translation>Diario llevado del %1 al %2: %3 de %4 días.</translation>
    </message>
    <message>
        <source>Nothing recorded before %1.</source>
        <translation>Nada registrado antes del %1.</translation>
    </message>
    <message>
        <source>Nothing recorded after %1.</source>
        <translation>Nada registrado después del %1.</translation>
    </message>
    <message>
        <source>Stretches of %1 days or more without any entry count as not kept.</source>
        <translation>Los tramos de %1 días o más sin ninguna entrada cuentan como no registrados.</translation>
    </message>
    <message>
        <source>Of the days kept: %1 with cramps, %2 marked “no cramps”, and %3 without any entry, counted as days without cramps because they lie in gaps shorter than %4 days (people log their cramps, not their absence).</source>
        <translation>De los días registrados: %1 con calambres, %2 marcados «sin calambres» y %3 sin ninguna entrada, contados como días sin calambres porque están en huecos de menos de %4 días (la gente anota sus calambres, no su ausencia).</translation>
    </message>
    <message>
        <source>Current medicines</source>
        <translation>Medicamentos actuales</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>start date not recorded</source>
        <translation>fecha de inicio no registrada</translation>
    </message>
    <message>
        <source>No current medicines are recorded.</source>
        <translation>No hay medicamentos actuales registrados.</translation>
    </message>
    <message>
        <source>Cramp days per month, %1 – %2</source>
        <translation>Días con calambres por mes, %1 – %2</translation>
    </message>
    <message>
        <source>The last 12 months. – : the diary was kept on fewer than half the month&apos;s days.</source>
        <translation>Los últimos 12 meses. – : el diario se llevó menos de la mitad de los días del mes.</translation>
    </message>
    <message>
        <source>The last bar covers only %1 days.</source>
        <translation>La última barra solo abarca %1 días.</translation>
    </message>
    <message>
        <source>The last bar covers only 1 day.</source>
        <translation>La última barra solo abarca 1 día.</translation>
    </message>
    <message>
        <source>– marks a week without any logged day.</source>
        <translation>– indica una semana sin ningún día registrado.</translation>
    </message>
    <message>
        <source>Topics to discuss</source>
        <translation>Temas para comentar</translation>
    </message>
    <message>
        <source>Possible contributing factors (checklist of %1)</source>
        <translation>Posibles factores que contribuyen (cuestionario del %1)</translation>
    </message>
    <message>
        <source>The checklist of %1 found no risk factor.</source>
        <translation>El cuestionario del %1 no encontró ningún factor de riesgo.</translation>
    </message>
    <message>
        <source>From the patient&apos;s own entries and checklist answers: topics to talk about, not a diagnosis.</source>
        <translation>A partir de las propias anotaciones del paciente y de sus respuestas al cuestionario: temas para comentar, no un diagnóstico.</translation>
    </message>
    <message>
        <source>Left out: %1 entries of this period could not be read (a value in them is not valid, perhaps because the data file was damaged).</source>
        <translation>Omitidas: %1 entradas de este periodo no se han podido leer (contienen un valor no válido, quizá porque el archivo de datos se dañó).</translation>
    </message>
    <message>
        <source>An improvement after a start does not prove that the medicine helped: in trials, people given a placebo also improved by about a quarter. A change in either direction is an association, not proof of an effect: other changes at the same time can explain a difference, and no change does not rule out an effect.</source>
        <translation>Una mejoría tras empezar un medicamento no demuestra que este haya ayudado: en los ensayos, las personas que recibieron un placebo también mejoraron en torno a una cuarta parte. Un cambio en cualquier sentido es una asociación, no la prueba de un efecto: otros cambios al mismo tiempo pueden explicar una diferencia, y que no haya cambio no descarta un efecto.</translation>
    </message>
    <message>
        <source>Reasons for a routine appointment</source>
        <translation>Motivos para una cita ordinaria</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>warning question to check</source>
        <translation>pregunta de alarma por comprobar</translation>
    </message>
    <message>
        <source>reason for an appointment</source>
        <translation>motivo para pedir cita</translation>
    </message>
    <message>
        <source>No reason for a routine appointment was logged or answered.</source>
        <translation>Ni el registro ni el cuestionario indicaron un motivo para una cita ordinaria.</translation>
    </message>
    <message>
        <source>Cramps on %1 of the %2 days up to %3 (the log); the app suggested a routine appointment.</source>
        <translation>Calambres en %1 de los %2 días hasta el %3 (registro); la aplicación sugirió una cita ordinaria.</translation>
    </message>
    <message>
        <source>(“yes” in the checklist of %1)</source>
        <translation>(«sí» en el cuestionario del %1)</translation>
    </message>
    <message>
        <source>Symptoms that may be another condition (checklist of %1)</source>
        <translation>Síntomas que pueden deberse a otra afección (cuestionario del %1)</translation>
    </message>
    <message>
        <source>The checklist of %1 found no risk factor in the questions answered; %2 questions were not answered.</source>
        <translation>El cuestionario del %1 no encontró factores de riesgo en las preguntas respondidas; %2 preguntas quedaron sin responder.</translation>
    </message>
    <message>
        <source>%1 logged with a cramp in the %2 on %3; the app advised %4.</source>
        <translation>%1 registrado con un calambre en %2 el %3; la aplicación aconsejó %4.</translation>
    </message>
    <message>
        <source>A cramp in the %1 lasting %2 minutes logged on %3; the app advised %4.</source>
        <translation>Un calambre en %1 de %2 minutos registrado el %3; la aplicación aconsejó %4.</translation>
    </message>
    <message>
        <source>%1 such episodes in this period.</source>
        <translation>%1 episodios así en este periodo.</translation>
    </message>
    <message>
        <source>Answered “yes” in the checklist of %1: “%2” The app advised %3.</source>
        <translation>Respondió «sí» en el cuestionario del %1: «%2» La aplicación aconsejó %3.</translation>
    </message>
    <message>
        <source>Warning questions answered “not sure” or not answered</source>
        <translation>Preguntas de alarma respondidas «no estoy seguro» o sin responder</translation>
    </message>
    <message>
        <source>Answered “not sure” in the checklist of %1: “%2” If it applies, the app advised %3.</source>
        <translation>Respondió «no estoy seguro» en el cuestionario del %1: «%2» Si se cumple, la aplicación aconsejó %3.</translation>
    </message>
    <message>
        <source>Not answered in the checklist of %1; if one applies, the app advised %2: %3.</source>
        <translation>Sin responder en el cuestionario del %1; si alguna se cumple, la aplicación aconsejó %2: %3.</translation>
    </message>
    <message>
        <source>No warning symptoms were recorded with the %1 episodes of this period.</source>
        <translation>No se registraron síntomas de alarma en los %1 episodios de este periodo.</translation>
    </message>
    <message>
        <source>No warning symptoms were recorded with the 1 episode of this period.</source>
        <translation>No se registraron síntomas de alarma en el único episodio de este periodo.</translation>
    </message>
    <message>
        <source>No episodes in this period, so no symptoms were recorded with one.</source>
        <translation>No hay episodios en este periodo, así que no se registraron síntomas con ninguno.</translation>
    </message>
    <message>
        <source>In the checklist of %1, every warning question was answered “no”.</source>
        <translation>En el cuestionario del %1, todas las preguntas de alarma se respondieron «no».</translation>
    </message>
    <message>
        <source>No checklist in this period.</source>
        <translation>Ningún cuestionario en este periodo.</translation>
    </message>
    <message>
        <source>calling emergency services</source>
        <translation>llamar a los servicios de emergencia</translation>
    </message>
    <message>
        <source>same-day review</source>
        <translation>una revisión médica el mismo día</translation>
    </message>
    <message>
        <source>a routine appointment</source>
        <translation>una cita ordinaria</translation>
    </message>
    <message>
        <source>same-day advice on a tetanus jab</source>
        <translation>consultar el mismo día sobre la vacuna del tétanos</translation>
    </message>
    <message>
        <source>telling the doctor at the next appointment</source>
        <translation>contárselo al médico en la próxima cita</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Hinchazón</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Debilidad</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>A skin colour change</source>
        <translation>Un cambio de color de la piel</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 del lado izquierdo</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1 del lado derecho</translation>
    </message>
    <message>
        <source>%1 (both legs)</source>
        <translation>%1 (ambas piernas)</translation>
    </message>
    <message>
        <source>calf</source>
        <translation>la pantorrilla</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>el pie</translation>
    </message>
    <message>
        <source>toes</source>
        <translation>los dedos del pie</translation>
    </message>
    <message>
        <source>shin</source>
        <translation>la espinilla</translation>
    </message>
    <message>
        <source>front of the thigh</source>
        <translation>la parte delantera del muslo</translation>
    </message>
    <message>
        <source>back of the thigh</source>
        <translation>la parte trasera del muslo</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>la pierna</translation>
    </message>
    <message>
        <source>What the patient tried</source>
        <translation>Lo que ha probado el paciente</translation>
    </message>
    <message>
        <source>One measure at a time, compared with the same number of weeks just before it; only observed days of the diary count. %1</source>
        <translation>Una medida cada vez, comparada con el mismo número de semanas justo antes; solo cuentan los días observados del diario. %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
    </message>
    <message>
        <source>Adherence: %1</source>
        <translation>Cumplimiento: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
</context>
<context>
    <name>ReportOptionsPanel</name>
    <message>
        <source>Summary and key numbers</source>
        <translation>Resumen y cifras clave</translation>
    </message>
    <message>
        <source>Patterns and charts</source>
        <translation>Patrones y gráficos</translation>
    </message>
    <message>
        <source>Medicines and checklist</source>
        <translation>Medicamentos y cuestionario</translation>
    </message>
    <message>
        <source>Advice and questions to ask</source>
        <translation>Consejos y preguntas para el médico</translation>
    </message>
    <message>
        <source>Every episode (appendix)</source>
        <translation>Todos los episodios (anexo)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>The first day is after the last day. Choose a later last day.</source>
        <translation>El primer día es posterior al último. Elija un último día posterior.</translation>
    </message>
    <message>
        <source>Choose at least one part to include in the report.</source>
        <translation>Elija al menos una parte para incluir en el informe.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>Names on the report</source>
        <translation>Nombres en el informe</translation>
    </message>
    <message>
        <source>Language and paper</source>
        <translation>Idioma y papel</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de naci&amp;miento:</translation>
    </message>
    <message>
        <source>&amp;Prepared for:</source>
        <translation>Preparad&amp;o para:</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicada</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Optional, printed next to your name</source>
        <translation>Opcional, se imprime junto a su nombre</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Periodo del informe</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Printed at the top of every page</source>
        <translation>Se imprime en la parte superior de cada página</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Preparado para</translation>
    </message>
    <message>
        <source>For example your doctor&apos;s name</source>
        <translation>Por ejemplo, el nombre de su médico</translation>
    </message>
    <message>
        <source>Optional, e.g. Dr Jones</source>
        <translation>Opcional, p. ej., Dra. García</translation>
    </message>
    <message>
        <source>Remember these names on this computer</source>
        <translation>Recordar estos nombres en este equipo</translation>
    </message>
    <message>
        <source>&amp;Remember these on this computer</source>
        <translation>&amp;Recordarlos en este equipo</translation>
    </message>
    <message>
        <source>Printed on the report only. They are not kept unless you tick “Remember”.</source>
        <translation>Solo se imprimen en el informe. No se guardan a menos que marque «Recordarlos».</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Independent of the app&apos;s language</source>
        <translation>Independiente del idioma de la aplicación</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <source>Report for your doctor</source>
        <translation>Informe para su médico</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>A PDF of your log to bring to your doctor: a one-page summary first, then the details you choose. It stays on this computer until you share it.</source>
        <translation>Un PDF de su registro para llevar a su médico: primero un resumen de una página y después los detalles que elija. Se queda en este equipo hasta que usted lo comparta.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>Abrir en el visor</translation>
    </message>
    <message>
        <source>Save the report and open it in your PDF viewer</source>
        <translation>Guardar el informe y abrirlo en su visor de PDF</translation>
    </message>
    <message>
        <source>Open in vie&amp;wer</source>
        <translation>Abrir en el vi&amp;sor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <source>Report choices</source>
        <translation>Opciones del informe</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Scroll with the arrow keys</source>
        <translation>Desplácese con las teclas de flecha</translation>
    </message>
    <message>
        <source>The preview of your report appears here.</source>
        <translation>Aquí aparecerá la vista previa de su informe.</translation>
    </message>
    <message>
        <source>The preview was stopped. Change an option to make it again.</source>
        <translation>Se detuvo la vista previa. Cambie una opción para volver a generarla.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Cancelado. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2.</source>
        <translation>No se pudo guardar el informe en %1: %2.</translation>
    </message>
    <message>
        <source>The report could not be made because of an unexpected problem.</source>
        <translation>No se pudo generar el informe por un problema inesperado.</translation>
    </message>
    <message>
        <source>Pages: %1. This is exactly what will be saved.</source>
        <translation>Páginas: %1. Esto es exactamente lo que se guardará.</translation>
    </message>
    <message>
        <source>Saved to %1 (pages: %2).</source>
        <translation>Guardado en %1 (páginas: %2).</translation>
    </message>
    <message>
        <source>Saved to %1, but no PDF viewer opened it. Open it from your files.</source>
        <translation>Guardado en %1, pero ningún visor de PDF lo abrió. Ábralo desde sus archivos.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <source>Saving… %p%</source>
        <translation>Guardando… %p %</translation>
    </message>
    <message>
        <source>Making the preview… %p%</source>
        <translation>Generando la vista previa… %p %</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the report (%1)</source>
        <translation>Elegir dónde guardar el informe (%1)</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Cramp saved: %1/10, %2, %3, %4</source>
        <translation>Calambre guardado: %1/10, %2, %3, %4</translation>
    </message>
    <message>
        <source>The cramp was removed.</source>
        <translation>Se ha quitado el calambre.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: remove the cramp just saved</source>
        <translation>Deshacer: quitar el calambre recién guardado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
</context>
<context>
    <name>SeverityPicker</name>
    <message>
        <source>Severity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Type a number from 0 (no pain) to 10 (worst pain imaginable)</source>
        <translation>Escriba un número de 0 (sin dolor) a 10 (el peor dolor imaginable)</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Intensidad %1</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = sin dolor</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = el peor imaginable</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>The bundled article &quot;Sodium and leg cramps&quot;</source>
        <translation>El artículo incluido «El sodio y los calambres en las piernas»</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Start when you log in?</source>
        <translation>¿Iniciar al iniciar sesión?</translation>
    </message>
    <message>
        <source>You have used Leg Cramp Companion for a week. Should it start by itself when you log in, so that morning reminders reach you? You can change this any time in Settings → Reminders and start at login.</source>
        <translation>Lleva una semana usando Leg Cramp Companion. ¿Quiere que se inicie sola al iniciar sesión, para que le lleguen los recordatorios de la mañana? Puede cambiarlo cuando quiera en Configuración → Recordatorios e inicio al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>StartupFailure</name>
    <message>
        <source>The app cannot use the data folder %1 (%2). Check that the folder can be written to, or start the app with another folder (--data-dir).</source>
        <translation>La aplicación no puede usar la carpeta de datos %1 (%2). Compruebe que se puede escribir en la carpeta o inicie la aplicación con otra carpeta (--data-dir).</translation>
    </message>
    <message>
        <source>Leg Cramp Companion is already open with the data folder %1, but it does not answer. Close it (if needed, end it in the Task Manager), then start the app again.</source>
        <translation>Leg Cramp Companion ya está abierto con la carpeta de datos %1, pero no responde. Ciérrelo (si hace falta, finalícelo en el Administrador de tareas) y vuelva a iniciar la aplicación.</translation>
    </message>
</context>
<context>
    <name>StorageDialogs</name>
    <message>
        <source>Your data could not be opened.</source>
        <translation>No se han podido abrir sus datos.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made.</source>
        <translation>No se ha podido hacer la copia de seguridad automática de hoy.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion stops because your data file is damaged; it has been kept as “%1” in your data folder.</source>
        <translation>Leg Cramp Companion se detiene porque su archivo de datos está dañado; se ha conservado como «%1» en su carpeta de datos.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Su archivo de datos está dañado</translation>
    </message>
    <message>
        <source>Restore your newest backup, “%1”?</source>
        <translation>¿Restaurar su copia de seguridad más reciente, «%1»?</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>No hay ninguna copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Empezar sin datos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>No se ha podido restaurar</translation>
    </message>
    <message>
        <source>Leg Cramp Companion will now close.</source>
        <translation>Leg Cramp Companion se cerrará ahora.</translation>
    </message>
    <message>
        <source>Leg Cramp Companion</source>
        <translation>Leg Cramp Companion</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved data is safe. Details were written to the log file in “%1”.</source>
        <translation>Ha ocurrido un error inesperado. Sus datos guardados están a salvo. Los detalles se han guardado en el archivo de registro técnico de «%1».</translation>
    </message>
    <message>
        <source>Your data folder %1 is on a network drive. The app saves your data there in a slower way that is safe on network drives. Keep the folder on this computer if you can, and never open it from two computers at the same time.</source>
        <translation>Su carpeta de datos %1 está en una unidad de red. La aplicación guarda allí sus datos de una forma más lenta que es segura en unidades de red. Si puede, mantenga la carpeta en este ordenador y nunca la abra desde dos ordenadores a la vez.</translation>
    </message>
    <message>
        <source>Your data folder %1 is in a folder that a cloud service synchronises. The app saves your data there in a slower way, so that the copy being synchronised is always complete. Do not open the data from two computers at the same time: the service may then make conflicting copies.</source>
        <translation>Su carpeta de datos %1 está en una carpeta que sincroniza un servicio en la nube. La aplicación guarda allí sus datos de una forma más lenta, para que la copia que se sincroniza esté siempre completa. No abra los datos desde dos ordenadores a la vez: el servicio podría crear copias en conflicto.</translation>
    </message>
    <message>
        <source>About your data folder</source>
        <translation>Acerca de su carpeta de datos</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Your data could not be opened or saved just now. Another program may be using it, or the disk may be full or read-only. Nothing was changed; please try again in a moment.</source>
        <translation>Ahora mismo no se pueden abrir ni guardar sus datos. Puede que otro programa los esté usando o que el disco esté lleno o protegido contra escritura. No se ha cambiado nada; inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <source>Your data was saved by a newer version of Leg Cramp Companion. Install the newest version to open it; your data has not been changed.</source>
        <translation>Sus datos se guardaron con una versión más reciente de Leg Cramp Companion. Instale la versión más reciente para abrirlos; sus datos no se han modificado.</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted meanwhile.</source>
        <translation>Esta anotación ya no existe. Puede que se haya eliminado mientras tanto.</translation>
    </message>
    <message>
        <source>The entry could not be saved because a value is out of range or missing.</source>
        <translation>No se pudo guardar la anotación porque falta un valor o está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>Something went wrong while keeping your data. Nothing was changed; please try again.</source>
        <translation>Algo falló al gestionar sus datos. No se ha cambiado nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your data could not be updated for this version of Leg Cramp Companion. It was left as it was, and a copy is kept as “%1” in the backups folder.</source>
        <translation>No se han podido actualizar sus datos para esta versión de Leg Cramp Companion. Se han dejado como estaban y se conserva una copia como «%1» en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Your data could not be prepared for this version of Leg Cramp Companion, so it was not changed. Check that the data folder can be written to and that the disk is not full.</source>
        <translation>No se han podido preparar sus datos para esta versión de Leg Cramp Companion, así que no se han modificado. Compruebe que se puede escribir en la carpeta de datos y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be made. Check that its folder can be written to and that the disk is not full. Your data was not changed.</source>
        <translation>No se ha podido hacer la copia de seguridad «%1». Compruebe que se puede escribir en su carpeta y que el disco no está lleno. Sus datos no se han modificado.</translation>
    </message>
    <message>
        <source>A backup could not be made. Check that the folder can be written to and that the disk is not full. Your data was not changed.</source>
        <translation>No se ha podido hacer una copia de seguridad. Compruebe que se puede escribir en la carpeta y que el disco no está lleno. Sus datos no se han modificado.</translation>
    </message>
    <message>
        <source>Your data file was damaged and could not be read. It has been kept as “%1” in your data folder.</source>
        <translation>Su archivo de datos estaba dañado y no se ha podido leer. Se ha conservado como «%1» en su carpeta de datos.</translation>
    </message>
    <message>
        <source>Another experiment is running now, and only one can run at a time. Stop it first, then undo again.</source>
        <translation>Ahora hay otra prueba en curso y solo puede haber una a la vez. Deténgala primero y luego deshaga de nuevo.</translation>
    </message>
    <message>
        <source>Your newest backup, “%1”, can be restored.</source>
        <translation>Puede restaurar su copia de seguridad más reciente, «%1».</translation>
    </message>
    <message>
        <source>No backup was found, so Leg Cramp Companion will start with empty data.</source>
        <translation>No se ha encontrado ninguna copia de seguridad, así que Leg Cramp Companion empezará sin datos.</translation>
    </message>
    <message>
        <source>“%1” does not exist. Choose another file. Nothing was changed.</source>
        <translation>«%1» no existe. Elija otro archivo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” is the data file the app is using, not a backup. Choose a backup file. Nothing was changed.</source>
        <translation>«%1» es el archivo de datos que la aplicación está usando, no una copia de seguridad. Elija un archivo de copia de seguridad. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the file is still there and that you may open it. Nothing was changed.</source>
        <translation>No se ha podido leer «%1». Compruebe que el archivo sigue ahí y que tiene permiso para abrirlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Leg Cramp Companion. Update the app, then restore it. Nothing was changed.</source>
        <translation>«%1» se creó con una versión más reciente de Leg Cramp Companion. Actualice la aplicación y después restáurela. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” is not a usable Leg Cramp Companion backup: it is damaged, empty or from another program. Choose another file. Nothing was changed.</source>
        <translation>«%1» no es una copia de seguridad válida de Leg Cramp Companion: está dañada, vacía o es de otro programa. Elija otro archivo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your current data could not be copied before restoring “%1”, so nothing was changed. Check that there is free space on the disk, then try again.</source>
        <translation>No se han podido copiar sus datos actuales antes de restaurar «%1», así que no se ha cambiado nada. Compruebe que hay espacio libre en el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” was not restored because your current data could not be opened just now. Another program may be using your data, or you may not have access to it. Nothing was changed; please try again in a moment.</source>
        <translation>No se ha restaurado «%1» porque ahora mismo no se pueden abrir sus datos actuales. Puede que otro programa esté usando sus datos o que usted no tenga acceso a ellos. No se ha cambiado nada; inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <source>“%1” could not be copied into your data folder, for example because the disk is full. Check that there is free space on the disk, then try again. The data you had before is kept.</source>
        <translation>No se ha podido copiar «%1» en su carpeta de datos, por ejemplo porque el disco está lleno. Compruebe que hay espacio libre en el disco e inténtelo de nuevo. Sus datos anteriores se conservan.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a backup file. Choose a file. Nothing was changed.</source>
        <translation>«%1» es una carpeta, no un archivo de copia de seguridad. Elija un archivo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” was not restored: it contains database parts that Leg Cramp Companion never makes (changed tables, triggers or views), so it may have been altered. Choose another backup. Nothing was changed.</source>
        <translation>«%1» no se ha restaurado: contiene partes de base de datos que Leg Cramp Companion nunca crea (tablas modificadas, disparadores o vistas), así que puede haber sido alterado. Elija otra copia de seguridad. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” was not restored: an entry in it holds a value that is not valid (%2). The file may be damaged or altered. Choose another backup. Nothing was changed.</source>
        <translation>«%1» no se ha restaurado: una entrada contiene un valor no válido (%2). El archivo puede estar dañado o alterado. Elija otra copia de seguridad. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Log a cramp</source>
        <translation>Registrar un calambre</translation>
    </message>
    <message>
        <source>Log a cramp (%1)</source>
        <translation>Registrar un calambre (%1)</translation>
    </message>
    <message>
        <source>See your history</source>
        <translation>Ver su historial</translation>
    </message>
    <message>
        <source>See your his&amp;tory</source>
        <translation>Ver su &amp;historial</translation>
    </message>
    <message>
        <source>Your data could not be read just now. It will show again when it can.</source>
        <translation>No se han podido leer sus datos en este momento. Se mostrarán de nuevo cuando sea posible.</translation>
    </message>
    <message>
        <source>Your entries of the last %1 days, or your latest checklist, mention something a doctor should know about. This is not a diagnosis.</source>
        <translation>Sus anotaciones de los últimos %1 días, o su último cuestionario, mencionan algo que un médico debería saber. Esto no es un diagnóstico.</translation>
    </message>
</context>
<context>
    <name>TrayService</name>
    <message>
        <source>&amp;Log a cramp…</source>
        <translation>&amp;Registrar un calambre…</translation>
    </message>
    <message>
        <source>Last &amp;night?</source>
        <translation>¿A&amp;noche?</translation>
    </message>
    <message>
        <source>&amp;Open Leg Cramp Companion</source>
        <translation>&amp;Abrir Leg Cramp Companion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Last night?</source>
        <translation>¿Anoche?</translation>
    </message>
    <message>
        <source>No cramps, or had cramps? Click here to answer in a moment.</source>
        <translation>¿Sin calambres o con calambres? Haga clic aquí para responder en un momento.</translation>
    </message>
    <message>
        <source>Still here for your reminders</source>
        <translation>Sigue aquí para sus recordatorios</translation>
    </message>
    <message>
        <source>Leg Cramp Companion keeps running in the tray while reminders are on. To close it completely, choose Quit in the tray menu or the File menu.</source>
        <translation>Leg Cramp Companion sigue funcionando en la bandeja del sistema mientras haya recordatorios activados. Para cerrarla del todo, elija Salir en el menú del icono o en el menú Archivo.</translation>
    </message>
</context>
<context>
    <name>UndoButtons</name>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the date and time the cramp started.</source>
        <translation>Indique la fecha y la hora en que empezó el calambre.</translation>
    </message>
    <message>
        <source>The start time has no time zone. Enter the time again.</source>
        <translation>La hora de inicio no tiene zona horaria. Vuelva a introducir la hora.</translation>
    </message>
    <message>
        <source>The start time is in the future. Choose a time up to now.</source>
        <translation>La hora de inicio está en el futuro. Elija una hora que no sea posterior a este momento.</translation>
    </message>
    <message>
        <source>Choose a start time in 1900 or later.</source>
        <translation>Elija una hora de inicio a partir del año 1900.</translation>
    </message>
    <message>
        <source>The time zone must be whole minutes. Enter the time again.</source>
        <translation>La zona horaria debe estar en minutos enteros. Vuelva a introducir la hora.</translation>
    </message>
    <message>
        <source>Enter how long the cramp lasted.</source>
        <translation>Indique cuánto duró el calambre.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La duración no puede ser negativa.</translation>
    </message>
    <message>
        <source>A cramp cannot last more than 24 hours. Check the duration.</source>
        <translation>Un calambre no puede durar más de 24 horas. Revise la duración.</translation>
    </message>
    <message>
        <source>Choose a severity from 0 to 10.</source>
        <translation>Elija una intensidad de 0 a 10.</translation>
    </message>
    <message>
        <source>Choose a sleep disturbance from 0 to 10, or leave it empty.</source>
        <translation>Elija una alteración del sueño de 0 a 10, o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Choose a muscle from the list.</source>
        <translation>Elija un músculo de la lista.</translation>
    </message>
    <message>
        <source>Choose a side from the list.</source>
        <translation>Elija un lado de la lista.</translation>
    </message>
    <message>
        <source>Choose what you were doing from the list.</source>
        <translation>Elija de la lista lo que estaba haciendo.</translation>
    </message>
    <message>
        <source>Choose the soreness from the list, or leave it empty.</source>
        <translation>Elija las molestias de la lista, o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Choose whether the relief helped from the list, or leave it empty.</source>
        <translation>Elija de la lista si el alivio le ayudó, o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Nothing was tried, so whether it helped must be left empty. Empty it, or choose what was tried.</source>
        <translation>No se probó nada, así que «¿Ayudó?» debe quedar vacío. Vacíelo o elija lo que se probó.</translation>
    </message>
    <message>
        <source>Choose triggers only from the list.</source>
        <translation>Elija los desencadenantes solo de la lista.</translation>
    </message>
    <message>
        <source>Choose relief only from the list.</source>
        <translation>Elija las medidas de alivio solo de la lista.</translation>
    </message>
    <message>
        <source>Choose symptoms only from the list.</source>
        <translation>Elija los síntomas solo de la lista.</translation>
    </message>
    <message>
        <source>Notes must be text.</source>
        <translation>Las notas deben ser texto.</translation>
    </message>
    <message>
        <source>Enter the name of the medicine.</source>
        <translation>Indique el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Shorten the name to 200 characters or fewer.</source>
        <translation>Acorte el nombre a 200 caracteres o menos.</translation>
    </message>
    <message>
        <source>Choose a kind of medicine from the list.</source>
        <translation>Elija un tipo de medicamento de la lista.</translation>
    </message>
    <message>
        <source>Enter a valid start date, or leave it empty.</source>
        <translation>Indique una fecha de inicio válida, o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Enter a valid stop date, or leave it empty.</source>
        <translation>Indique una fecha de fin válida, o deje el campo vacío.</translation>
    </message>
    <message>
        <source>The stop date is before the start date. Check both dates.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio. Revise ambas fechas.</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>La nota debe ser texto.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Introduzca una fecha válida.</translation>
    </message>
    <message>
        <source>The answer belongs to no question.</source>
        <translation>La respuesta no pertenece a ninguna pregunta.</translation>
    </message>
    <message>
        <source>Choose yes, no or unsure, or leave it empty.</source>
        <translation>Elija sí, no o no estoy seguro, o déjelo vacío.</translation>
    </message>
    <message>
        <source>Choose a value from 0 to 10, or leave it empty.</source>
        <translation>Elija un valor de 0 a 10, o déjelo vacío.</translation>
    </message>
    <message>
        <source>The time zone offset must be between -14:00 and +14:00.</source>
        <translation>El desfase horario debe estar entre -14:00 y +14:00.</translation>
    </message>
</context>
</TS>
