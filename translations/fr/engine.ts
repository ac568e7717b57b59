<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>engine</name>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place} : {problem}</translation>
    </message>
    <message>
        <source>expected a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>nombre de {low:g} à {high:g} attendu, trouvé {value!r}</translation>
    </message>
    <message>
        <source>expected an object such as {example}, got {value!r}</source>
        <translation>objet attendu, comme {example}, trouvé {value!r}</translation>
    </message>
    <message>
        <source>expected a list of names from {names}, got {hide!r}</source>
        <translation>liste de noms parmi {names} attendue, trouvé {hide!r}</translation>
    </message>
    <message>
        <source>unknown key (known: {keys})</source>
        <translation>clé inconnue (clés connues : {keys})</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu&apos;un fichier ordinaire</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({reason})</source>
        <translation>{file} : impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>un tube (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>{file}: cannot read the file (the name contains a NUL character)</source>
        <translation>{file} : impossible de lire le fichier (le nom contient un caractère NUL)</translation>
    </message>
    <message>
        <source>{file}: is larger than {limit} MB; Synaptica reads at most that much from one data file</source>
        <translation>{file} : dépasse {limit} Mo ; Synaptica ne lit pas davantage d&apos;un fichier de données</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: it is {kind}</source>
        <translation>{file} : impossible de lire le fichier : c&apos;est {kind}</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: it is {kind}, not a regular file</source>
        <translation>{file} : impossible de lire le fichier : c&apos;est {kind}, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{file}: expands to more than {limit} MB when decompressed; Synaptica reads at most that much from one data file</source>
        <translation>{file} : dépasse {limit} Mo une fois décompressé ; Synaptica ne lit pas davantage d&apos;un fichier de données</translation>
    </message>
    <message>
        <source>{file}: not enough memory to read this file</source>
        <translation>{file} : mémoire insuffisante pour lire ce fichier</translation>
    </message>
    <message>
        <source>{file}: the gzip data is damaged ({reason})</source>
        <translation>{file} : les données gzip sont endommagées ({reason})</translation>
    </message>
    <message>
        <source>{file}: the gzip data is damaged or cut short (it ends early)</source>
        <translation>{file} : les données gzip sont endommagées ou tronquées (elles s&apos;arrêtent trop tôt)</translation>
    </message>
    <message>
        <source>input features apply to 2-D data; {name!r} has {count} features</source>
        <translation>les entrées dérivées s&apos;appliquent aux données en 2-D ; {name!r} a {count} caractéristiques</translation>
    </message>
    <message>
        <source>unknown input feature {name!r}; choose from {names}</source>
        <translation>entrée dérivée inconnue {name!r} ; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>not valid JSON: a number with {digits:,} digits (line {line}, column {column}); numbers in network files must be finite and of reasonable size</source>
        <translation>JSON invalide : un nombre de {digits:,} chiffres (ligne {line}, colonne {column}) ; les nombres d&apos;un fichier de réseau doivent être finis et de taille raisonnable</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; Synaptica refuses network files larger than {limit} MB</source>
        <translation>le fichier fait {size:.0f} Mo ; Synaptica refuse les fichiers de réseau de plus de {limit} Mo</translation>
    </message>
    <message>
        <source>{source}: {where}: {problem}</source>
        <translation>{source} : {where} : {problem}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON invalide : {reason}</translation>
    </message>
    <message>
        <source>the file would be {size:.0f} MB; Synaptica refuses network files larger than {limit} MB</source>
        <translation>le fichier ferait {size:.0f} Mo ; Synaptica refuse les fichiers de réseau de plus de {limit} Mo</translation>
    </message>
    <message>
        <source>cannot read the file: the file name contains a NUL character</source>
        <translation>impossible de lire le fichier : son nom contient un caractère NUL</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>has {count:,} arrays and objects; network files hold at most {limit:,}</source>
        <translation>contient {count:,} tableaux et objets ; un fichier de réseau en contient au plus {limit:,}</translation>
    </message>
    <message>
        <source>expected one list per layer of neurons ({layers}), got {count}</source>
        <translation>une liste par couche de neurones ({layers}) attendue, trouvé {count}</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, got {value}</source>
        <translation>objet JSON attendu au premier niveau, trouvé {value}</translation>
    </message>
    <message>
        <source>missing, so this is not a Synaptica network file</source>
        <translation>absent : ce n&apos;est pas un fichier de réseau Synaptica</translation>
    </message>
    <message>
        <source>expected {format!r}, got {value}: this is not a Synaptica network file</source>
        <translation>{format!r} attendu, trouvé {value} : ce n&apos;est pas un fichier de réseau Synaptica</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>made by a newer Synaptica (version {version}); this one reads up to version {newest}</source>
        <translation>créé par un Synaptica plus récent (version {version}) ; celui-ci lit jusqu&apos;à la version {newest}</translation>
    </message>
    <message>
        <source>{version} is not a valid version; versions start at 1</source>
        <translation>{version} n&apos;est pas une version valide ; les versions commencent à 1</translation>
    </message>
    <message>
        <source>cannot save the file: {reason}</source>
        <translation>impossible d&apos;enregistrer le fichier : {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: it is a directory</source>
        <translation>impossible de lire le fichier : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier : {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>JSON invalide : {reason} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>not readable: the JSON is nested too deeply</source>
        <translation>illisible : le JSON est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>not a text file (invalid UTF-8 at byte {byte})</source>
        <translation>pas un fichier texte (UTF-8 invalide à l&apos;octet {byte})</translation>
    </message>
    <message>
        <source>files of version {version} cannot be read by this Synaptica</source>
        <translation>ce Synaptica ne sait pas lire les fichiers de version {version}</translation>
    </message>
    <message>
        <source>cannot read the file: it is not a regular file</source>
        <translation>impossible de lire le fichier : ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>a Python {type}</source>
        <translation>un {type} Python</translation>
    </message>
    <message>
        <source> (did you mean {name!r}?)</source>
        <translation> ({name!r} peut-être ?)</translation>
    </message>
    <message>
        <source>the string {text}</source>
        <translation>la chaîne {text}</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>expected an object, got {value}</source>
        <translation>objet attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>appears more than once in the same object</source>
        <translation>apparaît plusieurs fois dans le même objet</translation>
    </message>
    <message>
        <source>expected an array, got {value}</source>
        <translation>tableau attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>expected a string, got {value}</source>
        <translation>chaîne attendue, trouvé {value}</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>fait {length:,} caractères ; {limit:,} au plus sont permis</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>unknown {what} {name!r}{suggestion}; choose one of {names}</source>
        <translation>{what} : {name!r} est inconnu{suggestion} ; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>nombre entier attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>must be at least {minimum:,}, got {value:,}</source>
        <translation>doit valoir au moins {minimum:,}, trouvé {value:,}</translation>
    </message>
    <message>
        <source>must be at most {maximum:,}, got {value:,}</source>
        <translation>doit valoir au plus {maximum:,}, trouvé {value:,}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>nombre attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>{value} is not allowed (numbers must be finite)</source>
        <translation>{value} n&apos;est pas permis (les nombres doivent être finis)</translation>
    </message>
    <message>
        <source>a huge integer</source>
        <translation>un entier gigantesque</translation>
    </message>
    <message>
        <source>an array of 1 item</source>
        <translation>un tableau d&apos;un élément</translation>
    </message>
    <message>
        <source>an array of {count} items</source>
        <translation>un tableau de {count} éléments</translation>
    </message>
    <message>
        <source>object keys must be strings, got {key}</source>
        <translation>les clés d&apos;un objet doivent être des chaînes, trouvé {key}</translation>
    </message>
    <message>
        <source>allowed here: {keys}</source>
        <translation>permises ici : {keys}</translation>
    </message>
    <message>
        <source>unknown key{suggestion}; {hint}</source>
        <translation>clé inconnue{suggestion} ; {hint}</translation>
    </message>
    <message>
        <source>missing (it is required)</source>
        <translation>absent (obligatoire)</translation>
    </message>
    <message>
        <source>contains invalid Unicode (an unpaired surrogate)</source>
        <translation>contient de l&apos;Unicode invalide (un demi-code isolé)</translation>
    </message>
    <message>
        <source>number too large (numbers must be finite)</source>
        <translation>nombre trop grand (les nombres doivent être finis)</translation>
    </message>
    <message>
        <source>must be at least {bound:g}, got {value!r}</source>
        <translation>doit valoir au moins {bound:g}, trouvé {value!r}</translation>
    </message>
    <message>
        <source>must be greater than {bound:g}, got {value!r}</source>
        <translation>doit être supérieur à {bound:g}, trouvé {value!r}</translation>
    </message>
    <message>
        <source>must be at most {bound:g}, got {value!r}</source>
        <translation>doit valoir au plus {bound:g}, trouvé {value!r}</translation>
    </message>
    <message>
        <source>must be less than {bound:g}, got {value!r}</source>
        <translation>doit être inférieur à {bound:g}, trouvé {value!r}</translation>
    </message>
    <message>
        <source>expected a JSON value, got {value}</source>
        <translation>valeur JSON attendue, trouvé {value}</translation>
    </message>
    <message>
        <source>a network needs at least 2 layers (the inputs and an output layer), got {count}</source>
        <translation>un réseau a besoin d&apos;au moins 2 couches (les entrées et une couche de sortie), trouvé {count}</translation>
    </message>
    <message>
        <source>{count:,} layers is more than the limit of {limit:,}</source>
        <translation>{count:,} couches, c&apos;est plus que la limite de {limit:,}</translation>
    </message>
    <message>
        <source>the sizes {sizes} need {total:,} weights; the limit is {limit:,}</source>
        <translation>les tailles {sizes} demandent {total:,} poids ; la limite est de {limit:,}</translation>
    </message>
    <message>
        <source>unknown activation {name!r}{suggestion}; choose one of {names}</source>
        <translation>fonction d&apos;activation inconnue {name!r}{suggestion} ; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>{name} is only allowed on the output layer (layers[{last}]); hidden layers can use {names}</source>
        <translation>{name} n&apos;est permis que sur la couche de sortie (layers[{last}]) ; les couches cachées peuvent utiliser {names}</translation>
    </message>
    <message>
        <source>expected {rows}×{cols}, got {got_rows}×{got_cols} (one row per neuron of layers[{previous}], one column per neuron of layers[{k}])</source>
        <translation>{rows}×{cols} attendu, trouvé {got_rows}×{got_cols} (une ligne par neurone de layers[{previous}], une colonne par neurone de layers[{k}])</translation>
    </message>
    <message>
        <source>expected an array (one row of weights), got {value}</source>
        <translation>tableau attendu (une ligne de poids), trouvé {value}</translation>
    </message>
    <message>
        <source>rows differ in length: row 0 has {first} values, row {i} has {length}</source>
        <translation>les lignes n&apos;ont pas la même longueur : la ligne 0 a {first} valeurs, la ligne {i} en a {length}</translation>
    </message>
    <message>
        <source>expected 1 value, got {got}</source>
        <translation>1 valeur attendue, trouvé {got}</translation>
    </message>
    <message>
        <source>expected {length} values, got {got}</source>
        <translation>{length} valeurs attendues, trouvé {got}</translation>
    </message>
    <message>
        <source>expected 1 label (one per neuron), got {got}</source>
        <translation>1 étiquette attendue (une par neurone), trouvé {got}</translation>
    </message>
    <message>
        <source>expected {size} labels (one per neuron), got {got}</source>
        <translation>{size} étiquettes attendues (une par neurone), trouvé {got}</translation>
    </message>
    <message>
        <source>layers[0] is the input layer, which has only a size and labels (weights belong to later layers)</source>
        <translation>layers[0] est la couche d&apos;entrée, qui n&apos;a qu&apos;une taille et des étiquettes (les poids appartiennent aux couches suivantes)</translation>
    </message>
    <message>
        <source>has {count:,} points; at most {limit:,} are allowed</source>
        <translation>contient {count:,} points ; {limit:,} au plus sont permis</translation>
    </message>
    <message>
        <source>holds more than {limit:,} values; at most {limit:,} are allowed</source>
        <translation>contient plus de {limit:,} valeurs ; {limit:,} au plus sont permises</translation>
    </message>
    <message>
        <source>has 1 value but {where}.epoch has {epochs:,}; every series needs one value per epoch</source>
        <translation>a 1 valeur mais {where}.epoch en a {epochs:,} ; chaque série a besoin d&apos;une valeur par époque</translation>
    </message>
    <message>
        <source>has {count:,} values but {where}.epoch has {epochs:,}; every series needs one value per epoch</source>
        <translation>a {count:,} valeurs mais {where}.epoch en a {epochs:,} ; chaque série a besoin d&apos;une valeur par époque</translation>
    </message>
    <message>
        <source>expected 1 value (one per input), got {got}</source>
        <translation>1 valeur attendue (une par entrée), trouvé {got}</translation>
    </message>
    <message>
        <source>expected {count} values (one per input), got {got}</source>
        <translation>{count} valeurs attendues (une par entrée), trouvé {got}</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimiseur</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>fonction de perte</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>initialisation</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>expected an object like {example}, got {value}</source>
        <translation>objet attendu, comme {example}, trouvé {value}</translation>
    </message>
    <message>
        <source>has {count} points; at most {limit} are allowed</source>
        <translation>contient {count} points ; {limit} au plus sont permis</translation>
    </message>
    <message>
        <source>has {labels} labels but {where}.points has {points} points</source>
        <translation>a {labels} étiquettes mais {where}.points a {points} points</translation>
    </message>
    <message>
        <source>optimizer {name!r} has no setting {key!r}{suggestion}; it takes {settings}</source>
        <translation>l&apos;optimiseur {name!r} n&apos;a pas de réglage {key!r}{suggestion} ; il accepte {settings}</translation>
    </message>
    <message>
        <source>lists a feature twice</source>
        <translation>cite deux fois la même entrée dérivée</translation>
    </message>
    <message>
        <source>expected 2 numbers (x1, x2), got {count}</source>
        <translation>2 nombres attendus (x1, x2), trouvé {count}</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>séparateur</translation>
    </message>
    <message>
        <source>has labels but no points; drawn data needs both</source>
        <translation>a des étiquettes mais pas de points ; les données dessinées ont besoin des deux</translation>
    </message>
    <message>
        <source>has points but no labels; drawn data needs both</source>
        <translation>a des points mais pas d&apos;étiquettes ; les données dessinées ont besoin des deux</translation>
    </message>
    <message>
        <source>decimal separator</source>
        <translation>séparateur décimal</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true ou false attendu, trouvé {value}</translation>
    </message>
    <message>
        <source>way to treat text columns</source>
        <translation>traitement des colonnes de texte</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>the file name contains a NUL character</source>
        <translation>le nom du fichier contient un caractère NUL</translation>
    </message>
    <message>
        <source>cannot save the file: it is a directory</source>
        <translation>impossible d&apos;enregistrer le fichier : c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot save the file: it is {kind}, not a regular file; Synaptica only writes regular files</source>
        <translation>impossible d&apos;enregistrer le fichier : c&apos;est {kind}, pas un fichier ordinaire ; Synaptica n&apos;écrit que des fichiers ordinaires</translation>
    </message>
</context>
</TS>
