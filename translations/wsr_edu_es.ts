<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AdminScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Configuración del quiosco</translation>
    </message>
    <message>
        <source>Lessons offered</source>
        <translation>Lecciones que se ofrecen</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Idiomas que se ofrecen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Workers may enter their card code</source>
        <translation>Los trabajadores pueden escribir el código de su tarjeta</translation>
    </message>
    <message>
        <source>e.g. Housing office, camp 3</source>
        <translation>p. ej. Oficina de vivienda, campamento 3</translation>
    </message>
    <message>
        <source>Start again after no touch for</source>
        <translation>Volver al inicio si nadie toca la pantalla durante</translation>
    </message>
    <message>
        <source>“Are you still there?” waits</source>
        <translation>«¿Sigue ahí?» espera</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Without a code, answers are kept with no link to any person.</source>
        <translation>Sin código, las respuestas se guardan sin relación con ninguna persona.</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
    <message>
        <source>Back without saving</source>
        <translation>Volver sin guardar</translation>
    </message>
    <message>
        <source>Save and go back</source>
        <translation>Guardar y volver</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Attendance: %1</source>
        <translation>Asistencia: %1</translation>
    </message>
    <message>
        <source>People in the room</source>
        <translation>Personas en la sala</translation>
    </message>
    <message>
        <source>Count the people; no names are kept.</source>
        <translation>Cuente a las personas; no se guarda ningún nombre.</translation>
    </message>
    <message>
        <source>Make cards</source>
        <translation>Crear tarjetas</translation>
    </message>
    <message>
        <source>Save cards to print…</source>
        <translation>Guardar tarjetas para imprimir…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code on the card</source>
        <translation>Código de la tarjeta</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Se fue antes</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Con permiso</translation>
    </message>
    <message numerus="yes">
        <source>%n card code(s) ready: save them to print, then hand out the cards.</source>
        <translation>
            <numerusform>%n código de tarjeta listo: guárdelo para imprimir y luego reparta la tarjeta.</numerusform>
            <numerusform>%n códigos de tarjeta listos: guárdelos para imprimir y luego reparta las tarjetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save cards to print</source>
        <translation>Guardar tarjetas para imprimir</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Keep this card for the trainings. It does not carry your name.</source>
        <translation>Guarde esta tarjeta para las capacitaciones. No lleva su nombre.</translation>
    </message>
    <message>
        <source>Cards saved: %1</source>
        <translation>Tarjetas guardadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved. %n marked.</source>
        <translation>
            <numerusform>Guardado. %n marcado.</numerusform>
            <numerusform>Guardado. %n marcados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n person(s).</source>
        <translation>
            <numerusform>Guardado: %n persona.</numerusform>
            <numerusform>Guardado: %n personas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>wsr-edu: audience screen</source>
        <translation>wsr-edu: pantalla del público</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Pantalla del público</translation>
    </message>
    <message>
        <source>Nobody is in the attendance yet (A: take it now). End anyway? Esc or Enter: end. Any other key: go on.</source>
        <translation>Todavía no hay nadie en la asistencia (A: tomarla ahora). ¿Terminar de todos modos? Esc o Enter: terminar. Otra tecla: seguir.</translation>
    </message>
    <message>
        <source>End the session? Esc or Enter: end. Any other key: go on.</source>
        <translation>¿Terminar la sesión? Esc o Enter: terminar. Otra tecla: seguir.</translation>
    </message>
</context>
<context>
    <name>BackupStatusLine</name>
    <message>
        <source>The daily backup of the records failed: %1. Recording goes on; the next start tries again.</source>
        <translation>Falló la copia de seguridad diaria de los registros: %1. Se sigue registrando; el próximo inicio lo intentará de nuevo.</translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <source>Type the code on your card</source>
        <translation>Escriba el código de su tarjeta</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sin código</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>This code is not right. Look at your card again.</source>
        <translation>Este código no es correcto. Vuelva a mirar su tarjeta.</translation>
    </message>
</context>
<context>
    <name>ComplaintCard</name>
    <message>
        <source>Complaint line</source>
        <translation>Línea de quejas</translation>
    </message>
    <message>
        <source>This curriculum names no complaint line. Add one in curriculum.toml under [complaint_line].</source>
        <translation>Este currículo no indica ninguna línea de quejas. Agregue una en curriculum.toml, en [complaint_line].</translation>
    </message>
</context>
<context>
    <name>ComplaintCardWindow</name>
    <message>
        <source>Complaint line</source>
        <translation>Línea de quejas</translation>
    </message>
</context>
<context>
    <name>CompletionScreen</name>
    <message>
        <source>Well done! You finished.</source>
        <translation>¡Muy bien! Terminó.</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Otra lección</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>wsr-edu: presenter console</source>
        <translation>wsr-edu: consola del facilitador</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <translation>Consola del facilitador</translation>
    </message>
    <message>
        <source>Teaching language (L)</source>
        <translation>Idioma de la clase (L)</translation>
    </message>
    <message>
        <source>Black screen (B)</source>
        <translation>Pantalla negra (B)</translation>
    </message>
    <message>
        <source>Complaint line (C)</source>
        <translation>Línea de quejas (C)</translation>
    </message>
    <message>
        <source>End session (Esc)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <source>Attendance (A)</source>
        <translation>Asistencia (A)</translation>
    </message>
    <message>
        <source>Play / pause narration (N)</source>
        <translation>Reproducir / pausar narración (N)</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Slide list</source>
        <translation>Lista de diapositivas</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>The audience screen is black (B to show it again)</source>
        <translation>La pantalla del público está en negro (B para mostrarla otra vez)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositiva actual</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Pantalla negra</translation>
    </message>
    <message>
        <source>Narration state</source>
        <translation>Estado de la narración</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Time since the session started</source>
        <translation>Tiempo desde que empezó la sesión</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositiva siguiente</translation>
    </message>
    <message>
        <source>Notes for you</source>
        <translation>Notas para usted</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas del facilitador</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <source>Next slide when narration ends</source>
        <translation>Pasar a la siguiente cuando termine la narración</translation>
    </message>
    <message>
        <source>The changed files have mistakes. The audience still sees the last good version.</source>
        <translation>Los archivos cambiados tienen errores. El público sigue viendo la última versión buena.</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <source>Show the room&apos;s picture (S)</source>
        <translation>Mostrar la imagen de la sala (S)</translation>
    </message>
    <message>
        <source>Swap screens (S)</source>
        <translation>Intercambiar pantallas (S)</translation>
    </message>
    <message>
        <source>The projector shows the same picture as this screen, so your notes are hidden. To see notes, set the displays to Extend (see the displays guide).</source>
        <translation>El proyector muestra la misma imagen que esta pantalla, así que sus notas están ocultas. Para ver las notas, ponga las pantallas en Extender (vea la guía de pantallas).</translation>
    </message>
    <message>
        <source>There is one screen, so your notes are hidden: the room may be looking at it.</source>
        <translation>Hay una sola pantalla, así que sus notas están ocultas: la sala puede estar mirándola.</translation>
    </message>
    <message>
        <source>Complaint line card</source>
        <translation>Tarjeta de la línea de quejas</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositiva %1 de %2</translation>
    </message>
    <message>
        <source>To say (from the %1 text)</source>
        <translation>Para decir (del texto en %1)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>End: complaint line</source>
        <translation>Final: línea de quejas</translation>
    </message>
    <message>
        <source>Not saved: %1. Teaching can go on; fix this before the next session.</source>
        <translation>No se guardó: %1. La clase puede seguir; corríjalo antes de la próxima sesión.</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Ocultar la lista</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Mostrar la lista</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Transcurrido %1</translation>
    </message>
    <message>
        <source>%1 over the planned %2 min</source>
        <translation>%1 más de los %2 min previstos</translation>
    </message>
    <message>
        <source>%1 left of %2 min</source>
        <translation>Quedan %1 de %2 min</translation>
    </message>
    <message>
        <source>PRACTICE: nothing is recorded. The room&apos;s screen does not show this.</source>
        <translation>PRÁCTICA: no se registra nada. La pantalla de la sala no muestra esto.</translation>
    </message>
    <message>
        <source>Nobody is in the attendance yet: A to take it now. End the session anyway? Esc or Enter: end. Any other key: go on teaching.</source>
        <translation>Todavía no hay nadie en la asistencia: A para tomarla ahora. ¿Terminar la sesión de todos modos? Esc o Enter: terminar. Otra tecla: seguir enseñando.</translation>
    </message>
    <message>
        <source>End the session? Esc or Enter: end. Any other key: go on teaching.</source>
        <translation>¿Terminar la sesión? Esc o Enter: terminar. Otra tecla: seguir enseñando.</translation>
    </message>
</context>
<context>
    <name>CoordinatorView</name>
    <message>
        <source>Excel workbook, every table (*.xlsx)</source>
        <translation>Libro de Excel, todas las tablas (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report to sign and hand over (*.pdf)</source>
        <translation>Informe PDF para firmar y entregar (*.pdf)</translation>
    </message>
    <message>
        <source>CSV: sessions (*.csv)</source>
        <translation>CSV: sesiones (*.csv)</translation>
    </message>
    <message>
        <source>CSV: attendance (*.csv)</source>
        <translation>CSV: asistencia (*.csv)</translation>
    </message>
    <message>
        <source>CSV: answers per question (*.csv)</source>
        <translation>CSV: respuestas por pregunta (*.csv)</translation>
    </message>
    <message>
        <source>CSV: understanding by language and version (*.csv)</source>
        <translation>CSV: comprensión por idioma y versión (*.csv)</translation>
    </message>
    <message>
        <source>CSV: paid time per site and month (*.csv)</source>
        <translation>CSV: tiempo pagado por lugar y mes (*.csv)</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Mostrar nombres</translation>
    </message>
    <message>
        <source>Only sessions where the organisation allowed names have any</source>
        <translation>Solo tienen nombres las sesiones en que la organización lo permitió</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>worker contacts</source>
        <translation>contactos con trabajadores</translation>
    </message>
    <message>
        <source>distinct participants</source>
        <translation>participantes distintos</translation>
    </message>
    <message>
        <source>hours taught</source>
        <translation>horas de clase</translation>
    </message>
    <message>
        <source>paid education hours</source>
        <translation>horas de formación pagadas</translation>
    </message>
    <message>
        <source>Share of correct answers per question (red: misunderstood)</source>
        <translation>Parte de respuestas correctas por pregunta (rojo: no se entendió)</translation>
    </message>
    <message>
        <source>Correct answers by teaching language and curriculum version</source>
        <translation>Respuestas correctas por idioma de enseñanza y versión del currículo</translation>
    </message>
    <message>
        <source>Worker contacts per site</source>
        <translation>Contactos con trabajadores por lugar</translation>
    </message>
    <message>
        <source>Anonymous feedback: share of each answer</source>
        <translation>Opinión anónima: parte de cada respuesta</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Leyendo los registros…</translation>
    </message>
    <message>
        <source>Only headcounts were kept, so people cannot be told apart</source>
        <translation>Solo se guardó el conteo de personas, así que no se puede distinguir a cada una</translation>
    </message>
    <message>
        <source>Paid worker hours (hours times the workers present): %1</source>
        <translation>Horas pagadas de los trabajadores (horas por trabajadores presentes): %1</translation>
    </message>
    <message>
        <source>No quiz answers in these sessions.</source>
        <translation>No hay respuestas de preguntas en estas sesiones.</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>No hay sesiones.</translation>
    </message>
    <message>
        <source>No feedback in this period.</source>
        <translation>No hay opiniones en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %1 of %n session(s); totals and charts cover them all.</source>
        <translation>
            <numerusform>Se muestran las %1 más recientes de %n sesión; los totales y gráficos las cubren todas.</numerusform>
            <numerusform>Se muestran las %1 más recientes de %n sesiones; los totales y gráficos las cubren todas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) not ended yet.</source>
        <translation>
            <numerusform>%n sesión todavía no ha terminado.</numerusform>
            <numerusform>%n sesiones todavía no han terminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the sessions shown</source>
        <translation>Exportar las sesiones que se muestran</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written</source>
        <translation>
            <numerusform>%1: se escribió %n fila</numerusform>
            <numerusform>%1: se escribieron %n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Teaching &amp;language:</source>
        <translation>&amp;Idioma de la clase:</translation>
    </message>
    <message>
        <source>Teaching language</source>
        <translation>Idioma de la clase</translation>
    </message>
    <message>
        <source>Complaint line</source>
        <translation>Línea de quejas</translation>
    </message>
    <message>
        <source>Complaint line number</source>
        <translation>Número de la línea de quejas</translation>
    </message>
    <message>
        <source>Show the complaint &amp;card</source>
        <translation>Mostrar la &amp;tarjeta de quejas</translation>
    </message>
    <message>
        <source>Show the complaint line card</source>
        <translation>Mostrar la tarjeta de la línea de quejas</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Record &amp;narration...</source>
        <translation>&amp;Grabar la narración...</translation>
    </message>
    <message>
        <source>Record the narration in your own voice</source>
        <translation>Grabar la narración con su propia voz</translation>
    </message>
    <message>
        <source>&amp;Present this module (F5)</source>
        <translation>&amp;Presentar este módulo (F5)</translation>
    </message>
    <message>
        <source>Present the selected module</source>
        <translation>Presentar el módulo elegido</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) from the checker (run &apos;wsr-edu validate&apos; to read them)</source>
        <translation>
            <numerusform>%n aviso del verificador (ejecute &apos;wsr-edu validate&apos; para leerlo)</numerusform>
            <numerusform>%n avisos del verificador (ejecute &apos;wsr-edu validate&apos; para leerlos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide the %n mistake(s) in modules</source>
        <translation>
            <numerusform>Ocultar el %n error en los módulos</numerusform>
            <numerusform>Ocultar los %n errores en los módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the %n mistake(s) in modules</source>
        <translation>
            <numerusform>Mostrar el %n error en los módulos</numerusform>
            <numerusform>Mostrar los %n errores en los módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>This module has mistakes to fix first (listed above).</source>
        <translation>Este módulo tiene errores que corregir primero (en la lista de arriba).</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min in all</source>
        <translation>
            <numerusform>%n min en total</numerusform>
            <numerusform>%n min en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>Each line names the file and the line number in it. Open the file in a text editor, fix the line, save, and press Check again.</source>
        <translation>Cada línea indica el archivo y el número de línea. Abra el archivo en un editor de texto, corrija la línea, guarde y pulse Revisar otra vez.</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>A&amp;brir la carpeta</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Revisar &amp;otra vez</translation>
    </message>
    <message>
        <source>This curriculum cannot be taught until these mistakes are fixed</source>
        <translation>Este currículo no se puede enseñar hasta corregir estos errores</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s) to fix before this curriculum can be taught</source>
        <translation>
            <numerusform>Hay %n error que corregir antes de enseñar este currículo</numerusform>
            <numerusform>Hay %n errores que corregir antes de enseñar este currículo</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackCounts</name>
    <message>
        <source>Hands for %1: %2</source>
        <translation>Manos para %1: %2</translation>
    </message>
    <message>
        <source>Feedback by show of hands</source>
        <translation>Opinión a mano alzada</translation>
    </message>
    <message>
        <source>Show to the room</source>
        <translation>Mostrar a la sala</translation>
    </message>
    <message>
        <source>Ask each question aloud and show its pictures; type how many hands go up for each answer. Only the numbers are kept.</source>
        <translation>Haga cada pregunta en voz alta y muestre sus dibujos; escriba cuántas manos se levantan para cada respuesta. Solo se guardan los números.</translation>
    </message>
</context>
<context>
    <name>FeedbackRoomWindow</name>
    <message>
        <source>Feedback for the room</source>
        <translation>Opinión para la sala</translation>
    </message>
    <message>
        <source>Esc: back to the counts. Right and Left: the other questions.</source>
        <translation>Esc: volver a los conteos. Derecha e izquierda: las otras preguntas.</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>Your opinion. Nobody will know what you answer.</source>
        <translation>Tu opinión. Nadie sabrá lo que contestas.</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
</context>
<context>
    <name>InterfaceLanguageBox</name>
    <message>
        <source>Computer&apos;s language</source>
        <translation>Idioma de la computadora</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Language of the buttons and menus (not of the lessons)</source>
        <translation>Idioma de los botones y menús (no de las lecciones)</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>wsr-edu kiosk</source>
        <translation>wsr-edu quiosco</translation>
    </message>
</context>
<context>
    <name>LessonScreen</name>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>wsr-edu: library</source>
        <translation>wsr-edu: biblioteca</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Facilitator&apos;s library</source>
        <translation>Biblioteca del facilitador</translation>
    </message>
    <message>
        <source>&amp;Open a curriculum folder…</source>
        <translation>&amp;Abrir una carpeta de currículo…</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Currículos</translation>
    </message>
    <message>
        <source>Looking for curricula…</source>
        <translation>Buscando currículos…</translation>
    </message>
    <message>
        <source>No curriculum was found. Open a curriculum folder (a folder with a curriculum.toml file) to start.</source>
        <translation>No se encontró ningún currículo. Para empezar, abra una carpeta de currículo (una carpeta con un archivo curriculum.toml).</translation>
    </message>
    <message>
        <source>wsr-edu: records and reports</source>
        <translation>wsr-edu: registros e informes</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s) to fix</source>
        <translation>
            <numerusform>%n error que corregir</numerusform>
            <numerusform>%n errores que corregir</numerusform>
        </translation>
    </message>
    <message>
        <source>The curricula could not be read: %1</source>
        <translation>No se pudieron leer los currículos: %1</translation>
    </message>
    <message>
        <source>Open a curriculum folder</source>
        <translation>Abrir una carpeta de currículo</translation>
    </message>
    <message>
        <source>There is no curriculum in %1. Choose the folder that holds curriculum.toml.</source>
        <translation>No hay ningún currículo en %1. Elija la carpeta que contiene curriculum.toml.</translation>
    </message>
    <message>
        <source>The records cannot be used: %1. You can still teach; nothing is recorded.</source>
        <translation>No se pueden usar los registros: %1. Puede dar la clase igual; no se registra nada.</translation>
    </message>
    <message>
        <source>The records were restored: %1</source>
        <translation>Se restauraron los registros: %1</translation>
    </message>
    <message>
        <source>Open a curriculum pac&amp;k…</source>
        <translation>Abrir un pa&amp;quete de currículo…</translation>
    </message>
    <message>
        <source>Recor&amp;ds and reports…</source>
        <translation>&amp;Registros e informes…</translation>
    </message>
    <message>
        <source>Pr&amp;int for workers</source>
        <translation>I&amp;mprimir para trabajadores</translation>
    </message>
    <message>
        <source>Open a curriculum pack</source>
        <translation>Abrir un paquete de currículo</translation>
    </message>
    <message>
        <source>Curriculum packs (*.wsrpack)</source>
        <translation>Paquetes de currículo (*.wsrpack)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>The pack was not installed: %1</source>
        <translation>No se instaló el paquete: %1</translation>
    </message>
    <message>
        <source>This computer presents signed curricula only; this one is not (%1). Install it from its organisation&apos;s pack.</source>
        <translation>Esta computadora solo presenta currículos firmados, y este no lo es (%1). Instálelo desde el paquete de su organización.</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <source>signed by %1 - version %2 - fingerprint %3</source>
        <translation>firmado por %1 - versión %2 - huella %3</translation>
    </message>
    <message>
        <source>an unnamed organisation</source>
        <translation>una organización sin nombre</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <source>not signed: nothing shows these files come from your organisation. Ask it for a signed curriculum pack.</source>
        <translation>sin firmar: nada muestra que estos archivos vengan de su organización. Pídale un paquete de currículo firmado.</translation>
    </message>
    <message>
        <source>signature not valid: %1</source>
        <translation>firma no válida: %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>firmado por %1</translation>
    </message>
    <message>
        <source>signature not valid</source>
        <translation>firma no válida</translation>
    </message>
    <message>
        <source>Version %2 of %1 is already installed (signed by %3).</source>
        <translation>La versión %2 de %1 ya está instalada (firmada por %3).</translation>
    </message>
    <message>
        <source>%1 version %2 was installed again from its signed pack (signed by %3).</source>
        <translation>Se volvió a instalar %1 versión %2 desde su paquete firmado (firmada por %3).</translation>
    </message>
    <message>
        <source>%1 was upgraded from version %4 to %2 (signed by %3).</source>
        <translation>%1 se actualizó de la versión %4 a la %2 (firmada por %3).</translation>
    </message>
    <message>
        <source>%1 version %2 was installed (signed by %3).</source>
        <translation>Se instaló %1 versión %2 (firmada por %3).</translation>
    </message>
</context>
<context>
    <name>ModuleItem</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n diapositiva</numerusform>
            <numerusform>%n diapositivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModulesScreen</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>My code</source>
        <translation>Mi código</translation>
    </message>
</context>
<context>
    <name>NarrationControl</name>
    <message>
        <source>Narration paused (N to go on)</source>
        <translation>Narración en pausa (N para seguir)</translation>
    </message>
    <message>
        <source>Narration playing (N to pause)</source>
        <translation>Narración en curso (N para pausar)</translation>
    </message>
    <message>
        <source>No narration: %1</source>
        <translation>Sin narración: %1</translation>
    </message>
    <message>
        <source>No sound: %1</source>
        <translation>Sin sonido: %1</translation>
    </message>
    <message>
        <source>Narration cannot play: %1</source>
        <translation>La narración no se puede reproducir: %1</translation>
    </message>
    <message>
        <source>Explanation playing, recording (N to pause)</source>
        <translation>Explicación en curso, grabación (N para pausar)</translation>
    </message>
    <message>
        <source>Explanation playing, generated voice (N to pause)</source>
        <translation>Explicación en curso, voz generada (N para pausar)</translation>
    </message>
    <message>
        <source>Narration playing, recording (N to pause)</source>
        <translation>Narración en curso, grabación (N para pausar)</translation>
    </message>
    <message>
        <source>Narration playing, generated voice (N to pause)</source>
        <translation>Narración en curso, voz generada (N para pausar)</translation>
    </message>
    <message>
        <source>Explanation ready (N to play)</source>
        <translation>Explicación lista (N para reproducir)</translation>
    </message>
    <message>
        <source>Recording ready (N to play)</source>
        <translation>Grabación lista (N para reproducir)</translation>
    </message>
    <message>
        <source>Generated voice ready (N to play)</source>
        <translation>Voz generada lista (N para reproducir)</translation>
    </message>
    <message>
        <source>Narration finished</source>
        <translation>Narración terminada</translation>
    </message>
</context>
<context>
    <name>PictureCodeScreen</name>
    <message>
        <source>Touch the 3 pictures on your card</source>
        <translation>Toque las 3 imágenes de su tarjeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Type the letters</source>
        <translation>Escribir las letras</translation>
    </message>
    <message>
        <source>These pictures are not right. Look at your card and try again.</source>
        <translation>Estas imágenes no son correctas. Mire su tarjeta e inténtelo otra vez.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Administrator PIN</source>
        <translation>PIN del administrador</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try(ies) left.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Intente otra vez en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Intente otra vez en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN: the disk is full</source>
        <translation>PIN: el disco está lleno</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <source>Complaint-line wallet cards…</source>
        <translation>Tarjetas de bolsillo de la línea de quejas…</translation>
    </message>
    <message>
        <source>Take-home handout of this module…</source>
        <translation>Hoja para llevar a casa de este módulo…</translation>
    </message>
    <message>
        <source>Save the PDF to print</source>
        <translation>Guardar el PDF para imprimir</translation>
    </message>
    <message>
        <source>Saved %1: ready to print.</source>
        <translation>Guardado %1: listo para imprimir.</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>El PDF no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>Cómo corregirlo: %1</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Revisar mi respuesta</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>¡Correcto!</translation>
    </message>
    <message>
        <source>Not quite. The right answer has a check mark.</source>
        <translation>No exactamente. La respuesta correcta tiene una marca de visto.</translation>
    </message>
    <message>
        <source>Take this out</source>
        <translation>Quitar esta</translation>
    </message>
    <message>
        <source>Choose this</source>
        <translation>Elegir esta</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Show of hands</source>
        <translation>Manos levantadas</translation>
    </message>
    <message>
        <source>Count summary</source>
        <translation>Resumen del conteo</translation>
    </message>
    <message>
        <source>Next question: slide %1</source>
        <translation>Próxima pregunta: diapositiva %1</translation>
    </message>
    <message>
        <source>Last question: slide %1</source>
        <translation>Última pregunta: diapositiva %1</translation>
    </message>
    <message>
        <source>Hide answer (R)</source>
        <translation>Ocultar respuesta (R)</translation>
    </message>
    <message>
        <source>Reveal answer (R)</source>
        <translation>Mostrar respuesta (R)</translation>
    </message>
    <message>
        <source>Hide the answer</source>
        <translation>Ocultar la respuesta</translation>
    </message>
    <message>
        <source>Reveal the answer</source>
        <translation>Mostrar la respuesta</translation>
    </message>
    <message>
        <source>Hands are counted when it is up</source>
        <translation>Las manos se cuentan cuando esté en pantalla</translation>
    </message>
    <message>
        <source>No hands counted yet</source>
        <translation>Todavía no se contaron manos</translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s) in all, %1% on right answers</source>
        <translation>
            <numerusform>%n mano en total, %1% en respuestas correctas</numerusform>
            <numerusform>%n manos en total, %1% en respuestas correctas</numerusform>
        </translation>
    </message>
    <message>
        <source>Hands for choice %1: %2</source>
        <translation>Manos para la opción %1: %2</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Right answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s)</source>
        <translation>
            <numerusform>%n mano</numerusform>
            <numerusform>%n manos</numerusform>
        </translation>
    </message>
    <message>
        <source>blue circle</source>
        <translation>círculo azul</translation>
    </message>
    <message>
        <source>orange triangle</source>
        <translation>triángulo naranja</translation>
    </message>
    <message>
        <source>green square</source>
        <translation>cuadrado verde</translation>
    </message>
    <message>
        <source>purple diamond</source>
        <translation>rombo morado</translation>
    </message>
    <message>
        <source>sky-blue hexagon</source>
        <translation>hexágono celeste</translation>
    </message>
    <message>
        <source>red star</source>
        <translation>estrella roja</translation>
    </message>
</context>
<context>
    <name>RecorderWindow</name>
    <message>
        <source>wsr-edu: record narration</source>
        <translation>wsr-edu: grabar la narración</translation>
    </message>
    <message>
        <source>Record narration in your own voice</source>
        <translation>Grabe la narración con su propia voz</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <source>Parts to record</source>
        <translation>Partes para grabar</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept; press Space to record again.</source>
        <translation>Detenido. No se guardó nada; pulse Espacio para grabar de nuevo.</translation>
    </message>
    <message>
        <source>This take is not kept yet. Press Enter to keep it, or Esc again to close without it.</source>
        <translation>Esta toma todavía no está guardada. Pulse Intro para guardarla, o Esc otra vez para cerrar sin ella.</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Parar (Espacio)</translation>
    </message>
    <message>
        <source>Record (Space)</source>
        <translation>Grabar (Espacio)</translation>
    </message>
    <message>
        <source>Listen (P)</source>
        <translation>Escuchar (P)</translation>
    </message>
    <message>
        <source>Keep it (Enter)</source>
        <translation>Guardarla (Intro)</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>grabada</translation>
    </message>
    <message>
        <source>generated voice</source>
        <translation>voz generada</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>Choice %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The kiosk&apos;s welcome in %1</source>
        <translation>La bienvenida del quiosco en %1</translation>
    </message>
    <message>
        <source>Say, in %1: &quot;For %1, touch here.&quot; A worker hears it when they touch this language&apos;s button at the kiosk.</source>
        <translation>Diga, en %1: «Para %1, toque aquí». Un trabajador lo oye cuando toca el botón de este idioma en el quiosco.</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, said on its kiosk tile</source>
        <translation>El título de la lección, que se dice en su recuadro del quiosco</translation>
    </message>
    <message>
        <source>%1: choice %2</source>
        <translation>%1: respuesta %2</translation>
    </message>
    <message>
        <source>%1: the explanation after the answer</source>
        <translation>%1: la explicación después de la respuesta</translation>
    </message>
    <message>
        <source>%1 (say it in %2, from the %3 text)</source>
        <translation>%1 (dígalo en %2, a partir del texto en %3)</translation>
    </message>
    <message>
        <source>Cannot record: %1</source>
        <translation>No se puede grabar: %1</translation>
    </message>
    <message>
        <source>Recording. Say the words, then press Space.</source>
        <translation>Grabando. Diga las palabras y luego pulse Espacio.</translation>
    </message>
    <message>
        <source>Nothing was heard. Speak closer to the microphone, or check that it is not muted, and record again.</source>
        <translation>No se oyó nada. Hable más cerca del micrófono, o revise que no esté silenciado, y grabe otra vez.</translation>
    </message>
    <message>
        <source>Heard %1 seconds. Listen to it, keep it, or record again.</source>
        <translation>Se oyeron %1 segundos. Escúchela, guárdela o grabe otra vez.</translation>
    </message>
    <message>
        <source>Kept. It replaces the generated voice at once.</source>
        <translation>Guardada. Reemplaza la voz generada desde ahora.</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The records need a backup</source>
        <translation>Los registros necesitan una copia de seguridad</translation>
    </message>
    <message>
        <source>The records file %1 %2. Nothing is recorded until it is restored.</source>
        <translation>El archivo de registros %1 %2. No se registra nada hasta restaurarlo.</translation>
    </message>
    <message>
        <source>Restore the newest good backup?
%1</source>
        <translation>¿Restaurar la copia de seguridad buena más reciente?
%1</translation>
    </message>
    <message>
        <source>The damaged file is kept beside it, so nothing is thrown away.</source>
        <translation>El archivo dañado se guarda al lado, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Unfinished session</source>
        <translation>Sesión sin terminar</translation>
    </message>
    <message>
        <source>&amp;Resume it</source>
        <translation>&amp;Continuarla</translation>
    </message>
    <message>
        <source>&amp;End it now</source>
        <translation>Terminarla a&amp;hora</translation>
    </message>
    <message>
        <source>A session was not ended (the app closed while it was running): %1 at %2, started %3. Nothing recorded in it was lost.</source>
        <translation>Una sesión no se terminó (la aplicación se cerró mientras seguía): %1 en %2, empezó %3. No se perdió nada de lo registrado.</translation>
    </message>
</context>
<context>
    <name>SessionDesk</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>conteo</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>códigos</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>End of module</source>
        <translation>Fin del módulo</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Pantalla negra</translation>
    </message>
</context>
<context>
    <name>StartSessionDialog</name>
    <message>
        <source>Start a session</source>
        <translation>Empezar una sesión</translation>
    </message>
    <message>
        <source>Farm, factory or field</source>
        <translation>Finca, fábrica o campo</translation>
    </message>
    <message>
        <source>Crew, shift or line (optional)</source>
        <translation>Cuadrilla, turno o línea (opcional)</translation>
    </message>
    <message>
        <source>Headcount only (recommended)</source>
        <translation>Solo contar personas (recomendado)</translation>
    </message>
    <message>
        <source>Pseudonymous codes on cards</source>
        <translation>Códigos en tarjetas, sin nombres</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Held on paid time (workers are paid as for work)</source>
        <translation>En tiempo pagado (se paga a los trabajadores como trabajo)</translation>
    </message>
    <message>
        <source>Keep as little as the programme needs: a headcount protects workers best. Codes tell people apart without names.</source>
        <translation>Guarde solo lo que el programa necesita: contar personas protege mejor a los trabajadores. Los códigos distinguen a las personas sin nombres.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Group or crew</source>
        <translation>Grupo o cuadrilla</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Pantalla de la sala</translation>
    </message>
    <message>
        <source>The projector (not this computer&apos;s own screen)</source>
        <translation>El proyector (no la pantalla de esta computadora)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Practise (nothing recorded)</source>
        <translation>Practicar (no se registra nada)</translation>
    </message>
    <message>
        <source>This curriculum has no module to teach.</source>
        <translation>Este currículo no tiene ningún módulo para enseñar.</translation>
    </message>
    <message>
        <source>To start, type the site: the farm, factory or field.</source>
        <translation>Para empezar, escriba el lugar: la finca, la fábrica o el campo.</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
</context>
<context>
    <name>SummaryWindow</name>
    <message>
        <source>Session ended</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation>Sesión terminada: %1</translation>
    </message>
    <message>
        <source>Taught %1 min of the %2 planned.</source>
        <translation>Se enseñaron %1 min de los %2 previstos.</translation>
    </message>
    <message>
        <source>Taught %1 min.</source>
        <translation>Se enseñaron %1 min.</translation>
    </message>
    <message>
        <source>People at the session</source>
        <translation>Personas en la sesión</translation>
    </message>
    <message numerus="yes">
        <source>At least %n: the most hands raised for one question.</source>
        <translation>
            <numerusform>Al menos %n: la mayor cantidad de manos levantadas en una pregunta.</numerusform>
            <numerusform>Al menos %n: la mayor cantidad de manos levantadas en una pregunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice: nothing was recorded.</source>
        <translation>Práctica: no se registró nada.</translation>
    </message>
    <message>
        <source>Attendance: reading the records…</source>
        <translation>Asistencia: leyendo los registros…</translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n person(s) counted.</source>
        <translation>
            <numerusform>Asistencia: %n persona contada.</numerusform>
            <numerusform>Asistencia: %n personas contadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance: %n person(s) marked.</source>
        <translation>
            <numerusform>Asistencia: %n persona marcada.</numerusform>
            <numerusform>Asistencia: %n personas marcadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>This module has no questions.</source>
        <translation>Este módulo no tiene preguntas.</translation>
    </message>
    <message>
        <source>no hands counted</source>
        <translation>no se contaron manos</translation>
    </message>
    <message numerus="yes">
        <source>%n hand(s), %1% right</source>
        <translation>
            <numerusform>%n mano, %1% correctas</numerusform>
            <numerusform>%n manos, %1% correctas</numerusform>
        </translation>
    </message>
    <message>
        <source>Slide %1, %2: %3</source>
        <translation>Diapositiva %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Letra más pequeña (Ctrl+−)</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl++)</source>
        <translation>Letra más grande (Ctrl++)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Text %1%</source>
        <translation>Letra %1%</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Touch your language</source>
        <translation>Toque su idioma</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>Escuchar otra vez</translation>
    </message>
</context>
</TS>
