<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht_HT" sourcelanguage="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Dakò</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Anrejistre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Anrejistre tout</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Wi</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Wi pou &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;on pou tout</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandone</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Eseye ankò</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Inyore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Jete</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Èd</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplike</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remete</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Remete paramèt orijinal yo</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Gade nan:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Non fichye:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Kalite fichye:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dosye:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chwazi</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chèche dosye</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Louvri</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Anrejistre sou non</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retounen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pi devan</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dosye anwo a</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Kreye yon nouvo dosye</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Lis</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detay</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouvo dosye</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Chanje non</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Efase</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Montre fichye &amp;kache yo</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nouvo dosye</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tout fichye (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dosye</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Kote resan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichye</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Retounen</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Ale pi devan</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ale nan dosye anwo a</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Kreye yon nouvo dosye</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Montre an lis</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Montre ak detay</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Kolòn sou kote</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lis kote ak makè</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichye</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Louvri</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Anrejistre</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Òdinatè mwen</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Enkoni</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Èske ou vle efase '%1' tout bon?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Nou pa jwenn dosye a.
Tanpri verifye non dosye a.</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Nou pa t ka efase dosye a.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Gwosè</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dat chanjman</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Òdinatè mwen</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Òdinatè</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 okte</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Non fichye a pa bon</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Montre detay yo...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Kache detay yo...</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Dakò</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Èd</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Defèt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refè</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Koupe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opye</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ko&amp;le</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chwazi tout</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chwazi tout</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Monte</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Desann</translation>
    </message>
</context>
</TS>
