<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>engine</name>
    <message>
        <source>softmax steps need one non-empty vector a, got shape {shape}</source>
        <translation>les étapes du softmax ont besoin d&apos;un vecteur a non vide, trouvé la forme {shape}</translation>
    </message>
    <message>
        <source>Central differences with h = {h:g} differ from the exact derivative by about h² ≈ 1e-8, plus rounding; a correct backprop therefore agrees to better than {threshold:g}, while a wrong derivative is off by 1e-2 or more. Relative error = |backprop − numerical| / max(|backprop|, |numerical|, {scale:g} × the largest gradient): the last digits of gradients far smaller than the rest are rounding noise (and the loss&apos;s log(y + 1e-7) guard), so they are judged against that scale.</source>
        <translation>Les différences centrées avec h = {h:g} s&apos;écartent de la dérivée exacte d&apos;environ h² ≈ 1e-8, plus les arrondis&#xa0;; une rétropropagation correcte concorde donc à mieux que {threshold:g}, alors qu&apos;une dérivée fausse s&apos;écarte de 1e-2 ou plus. Erreur relative = |rétropropagation − numérique| / max(|rétropropagation|, |numérique|, {scale:g} × le plus grand gradient)&#xa0;: les derniers chiffres des gradients bien plus petits que les autres sont du bruit d&apos;arrondi (et la garde log(y + 1e-7) de la perte), ils sont donc jugés à cette échelle.</translation>
    </message>
    <message>
        <source>backprop uses h(a) where h′(a) belongs (a classic slip)</source>
        <translation>la rétropropagation utilise h(a) là où il faut h′(a) (une erreur classique)</translation>
    </message>
    <message>
        <source>Failed: {where} is off by {error:.1e} (limit {threshold:g}); backprop {backprop:.6g}, central differences {numerical:.6g}.</source>
        <translation>Échec&#xa0;: {where} s&apos;écarte de {error:.1e} (limite {threshold:g})&#xa0;; rétropropagation {backprop:.6g}, différences centrées {numerical:.6g}.</translation>
    </message>
    <message>
        <source>Layer {layer} uses the step function. Its derivative is 0 everywhere except at a = 0, so every gradient that passes through it is 0: W1…W{layer} and b1…b{layer} get zero gradients from backprop and from central differences alike (nudging a weight by h changes no output). Gradient descent cannot learn through step units; the perceptron rule can.</source>
        <translation>La couche {layer} utilise la fonction échelon. Sa dérivée est nulle partout sauf en a = 0&#xa0;: tout gradient qui la traverse est nul. W1…W{layer} et b1…b{layer} reçoivent des gradients nuls, de la rétropropagation comme des différences centrées (décaler un poids de h ne change aucune sortie). La descente de gradient ne peut pas apprendre à travers des neurones à échelon&#xa0;; la règle du perceptron, si.</translation>
    </message>
    <message>
        <source>An output the loss takes the log of is as small as {smallest:.2g}. The loss computes log(y + 1e-7) so that log(0) never happens, but backprop differentiates log(y): the two differ by about 1e-7 / y ≈ {effect:.1g} relative, which central differences see. Not a bug in backprop.</source>
        <translation>Une sortie dont la perte prend le logarithme vaut à peine {smallest:.2g}. La perte calcule log(y + 1e-7) pour que log(0) n&apos;arrive jamais, mais la rétropropagation dérive log(y)&#xa0;: les deux diffèrent d&apos;environ 1e-7 / y ≈ {effect:.1g} en relatif, ce que voient les différences centrées. Ce n&apos;est pas un bogue de la rétropropagation.</translation>
    </message>
    <message>
        <source>Passed: every parameter agrees to within {threshold:g} (largest {error:.1e} at {where}).</source>
        <translation>Réussi&#xa0;: chaque paramètre concorde à {threshold:g} près (le plus grand écart, {error:.1e}, en {where}).</translation>
    </message>
    <message>
        <source>{failed} The check caught the planted bug: {bug}.</source>
        <translation>{failed} La vérification a trouvé le bogue introduit&#xa0;: {bug}.</translation>
    </message>
    <message>
        <source>{failed} See the notes below: this can happen without a bug.</source>
        <translation>{failed} Voir les remarques ci-dessous&#xa0;: cela peut arriver sans bogue.</translation>
    </message>
    <message>
        <source>Layer {layer} ({activation}): {close} of its a values lie within {reach:.1g} of the kink at 0 (e.g. a zero bias with all-zero inputs). Nudging a parameter by h crosses the kink, so central differences average two slopes there and may disagree with backprop without any bug.</source>
        <translation>Couche {layer} ({activation})&#xa0;: {close} de ses valeurs a sont à moins de {reach:.1g} du coude en 0 (par exemple un biais nul avec des entrées toutes nulles). Décaler un paramètre de h franchit le coude&#xa0;: les différences centrées y font la moyenne de deux pentes et peuvent différer de la rétropropagation sans aucun bogue.</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergé</translation>
    </message>
    <message>
        <source>barely moved</source>
        <translation>presque immobile</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>en route</translation>
    </message>
    <message>
        <source>A parabola: its central difference has no truncation error at any h, so only rounding shows (choose sin x to see the h² slope).</source>
        <translation>Une parabole&#xa0;: sa différence centrée n&apos;a d&apos;erreur de troncature pour aucun h, seul l&apos;arrondi apparaît (choisissez sin x pour voir la pente en h²).</translation>
    </message>
    <message>
        <source>{what}: enter at least one number</source>
        <translation>{what}&#xa0;: saisissez au moins un nombre</translation>
    </message>
    <message>
        <source>{what}: entry {entry} ({token!r}) is not a finite number</source>
        <translation>{what}&#xa0;: la valeur n° {entry} ({token!r}) n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{what}: entry {entry} ({token!r}) is not a number</source>
        <translation>{what}&#xa0;: la valeur n° {entry} ({token!r}) n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}&#xa0;: {problem}</translation>
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
        <translation>clé inconnue (clés connues&#xa0;: {keys})</translation>
    </message>
    <message>
        <source>Synaptica cannot import from {format} ({what}); it can import from {allowed}</source>
        <translation>Synaptica ne sait pas importer depuis {format} ({what})&#xa0;; il importe depuis {allowed}</translation>
    </message>
    <message>
        <source>Synaptica cannot export to {format} ({what}); it can export to {allowed}</source>
        <translation>Synaptica ne sait pas exporter vers {format} ({what})&#xa0;; il exporte vers {allowed}</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>La lecture de {file}</translation>
    </message>
    <message>
        <source>writing {file} ({what})</source>
        <translation>L&apos;écriture de {file} ({what})</translation>
    </message>
    <message>
        <source>{file}: cannot tell the format from the extension {extension!r}; use one of {known}, or say which with --format</source>
        <translation>{file}&#xa0;: impossible de déduire le format de l&apos;extension {extension!r}&#xa0;; utilisez l&apos;une de {known}, ou précisez-le avec --format</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{doing} needs the {packages} package, which is not installed; install it with: {hint}</source>
        <translation>{doing} demande le paquet {packages}, qui n&apos;est pas installé&#xa0;; installez-le avec&#xa0;: {hint}</translation>
    </message>
    <message>
        <source>{file}: the destination is the source itself; choose another name</source>
        <translation>{file}&#xa0;: la destination est la source elle-même&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>unknown format {format!r}; choose one of {formats}</source>
        <translation>format inconnu {format!r}&#xa0;; choisissez parmi {formats}</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: {reason}</source>
        <translation>{file}&#xa0;: impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file}: &apos;activations&apos; lists {count} names but there are {layers} weight layers; give one name per layer</source>
        <translation>{file}&#xa0;: &apos;activations&apos; donne {count} noms mais il y a {layers} couches de poids&#xa0;; donnez un nom par couche</translation>
    </message>
    <message>
        <source>{file} holds the weights of {layers} layers but not their activation functions; name them with {needed} (the textbook&apos;s sample_weight.pkl network uses --hidden sigmoid --output softmax)</source>
        <translation>{file} contient les poids de {layers} couches mais pas leurs fonctions d&apos;activation&#xa0;; nommez-les avec {needed} (le réseau sample_weight.pkl du manuel utilise --hidden sigmoid --output softmax)</translation>
    </message>
    <message>
        <source>{file}: no weights found (expected arrays named W1, b1, W2, b2, …)</source>
        <translation>{file}&#xa0;: aucun poids trouvé (tableaux nommés W1, b1, W2, b2, … attendus)</translation>
    </message>
    <message>
        <source>{file}: {layers:,} layers is more than the limit of {limit:,}</source>
        <translation>{file}&#xa0;: {layers:,} couches, c&apos;est plus que la limite de {limit:,}</translation>
    </message>
    <message>
        <source>{file}: {key} is a {type}, not an array</source>
        <translation>{file}&#xa0;: {key} est un {type}, pas un tableau</translation>
    </message>
    <message>
        <source>{file}: {key} holds {dtype} values; expected real numbers</source>
        <translation>{file}&#xa0;: {key} contient des valeurs {dtype}&#xa0;; nombres réels attendus</translation>
    </message>
    <message>
        <source>{file}: {key} holds values that are not finite (NaN or infinity)</source>
        <translation>{file}&#xa0;: {key} contient des valeurs non finies (NaN ou infini)</translation>
    </message>
    <message>
        <source>A {sizes} network imported from {file}.</source>
        <translation>Un réseau {sizes} importé depuis {file}.</translation>
    </message>
    <message>
        <source>{file}: the file is {size:.0f} MB; the limit is {limit} MB</source>
        <translation>{file}&#xa0;: le fichier fait {size:.0f} Mo&#xa0;; la limite est de {limit} Mo</translation>
    </message>
    <message>
        <source>{file}: unknown activation {name!r} for layer {layer}; choose one of {names}</source>
        <translation>{file}&#xa0;: fonction d&apos;activation inconnue {name!r} pour la couche {layer}&#xa0;; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>{file}: layer {layer} is a hidden layer, which cannot use {name} (it belongs on the output layer); hidden layers can use {names}</source>
        <translation>{file}&#xa0;: la couche {layer} est une couche cachée, qui ne peut pas utiliser {name} (réservée à la couche de sortie)&#xa0;; les couches cachées peuvent utiliser {names}</translation>
    </message>
    <message>
        <source>{file}: unexpected entry {key!r}; a network&apos;s weight file holds only W1…WL, b1…bL (and activations)</source>
        <translation>{file}&#xa0;: entrée inattendue {key!r}&#xa0;; un fichier de poids ne contient que W1…WL, b1…bL (et activations)</translation>
    </message>
    <message>
        <source>{file}: {letter}{k} has no matching {other}{k}</source>
        <translation>{file}&#xa0;: {letter}{k} n&apos;a pas de {other}{k} correspondant</translation>
    </message>
    <message>
        <source>{file}: W{k} is a 4-D array of shape {shape}, the filters of a convolution layer; Synaptica shows dense (fully connected) layers only</source>
        <translation>{file}&#xa0;: W{k} est un tableau 4-D de forme {shape}, les filtres d&apos;une couche de convolution&#xa0;; Synaptica n&apos;affiche que des couches denses (entièrement connectées)</translation>
    </message>
    <message>
        <source>{file}: W{k} has shape {shape}; expected a 2-D (inputs, outputs) matrix</source>
        <translation>{file}&#xa0;: W{k} a la forme {shape}&#xa0;; matrice 2-D (entrées, sorties) attendue</translation>
    </message>
    <message>
        <source>{file}: b{k} has shape {shape} but W{k} {w_shape} needs ({needed},)</source>
        <translation>{file}&#xa0;: b{k} a la forme {shape} mais W{k} {w_shape} demande ({needed},)</translation>
    </message>
    <message>
        <source>{file}: W{k} has {rows} rows but layer {previous} has {outputs} outputs; W{k} needs one row per output of layer {previous}</source>
        <translation>{file}&#xa0;: W{k} a {rows} lignes mais la couche {previous} a {outputs} sorties&#xa0;; W{k} demande une ligne par sortie de la couche {previous}</translation>
    </message>
    <message>
        <source>{file}: W{k} {shape} has a layer larger than the limit of {limit:,} neurons</source>
        <translation>{file}&#xa0;: W{k} {shape} a une couche plus grande que la limite de {limit:,} neurones</translation>
    </message>
    <message>
        <source>{file}: more than {limit:,} weights, the limit</source>
        <translation>{file}&#xa0;: plus de {limit:,} poids, la limite</translation>
    </message>
    <message>
        <source>{file}: {letter}{k} is missing (there are {layers} weight matrices, so W1…W{layers} and b1…b{layers} are expected)</source>
        <translation>{file}&#xa0;: {letter}{k} manque ({layers} matrices de poids, donc W1…W{layers} et b1…b{layers} sont attendus)</translation>
    </message>
    <message>
        <source>{file}: holds a single array, not a weight archive (save W1, b1, … with np.savez)</source>
        <translation>{file}&#xa0;: contient un seul tableau, pas une archive de poids (enregistrez W1, b1, … avec np.savez)</translation>
    </message>
    <message>
        <source>{file}: not a readable .npz archive ({reason})</source>
        <translation>{file}&#xa0;: pas une archive .npz lisible ({reason})</translation>
    </message>
    <message>
        <source>{file}: activations must be a 1-D array of names like [&apos;sigmoid&apos;, &apos;softmax&apos;], got {dtype} of shape {shape}</source>
        <translation>{file}&#xa0;: activations doit être un tableau 1-D de noms comme [&apos;sigmoid&apos;, &apos;softmax&apos;], trouvé {dtype} de forme {shape}</translation>
    </message>
    <message>
        <source>{file}: {key} cannot be read ({reason})</source>
        <translation>{file}&#xa0;: impossible de lire {key} ({reason})</translation>
    </message>
    <message>
        <source>{file}: {key} holds Python objects (a pickle), which Synaptica does not load; save plain numeric arrays</source>
        <translation>{file}&#xa0;: {key} contient des objets Python (un pickle), que Synaptica ne charge pas&#xa0;; enregistrez de simples tableaux numériques</translation>
    </message>
    <message>
        <source>Synaptica opens multilayer perceptrons: a chain of Gemm or MatMul+Add layers with Relu, Sigmoid, Tanh, LeakyRelu, Softmax or Identity</source>
        <translation>Synaptica ouvre des perceptrons multicouches&#xa0;: une chaîne de couches Gemm ou MatMul+Add avec Relu, Sigmoid, Tanh, LeakyRelu, Softmax ou Identity</translation>
    </message>
    <message>
        <source>{op} node {node}</source>
        <translation>nœud {op} {node}</translation>
    </message>
    <message>
        <source>{file}: not an ONNX model (its graph has no operators)</source>
        <translation>{file}&#xa0;: pas un modèle ONNX (son graphe n&apos;a aucun opérateur)</translation>
    </message>
    <message>
        <source>{file}: not a readable ONNX model ({reason})</source>
        <translation>{file}&#xa0;: pas un modèle ONNX lisible ({reason})</translation>
    </message>
    <message>
        <source>has {inputs} inputs and {outputs} outputs; a multilayer perceptron has one of each</source>
        <translation>a {inputs} entrées et {outputs} sorties&#xa0;; un perceptron multicouche a une de chaque</translation>
    </message>
    <message>
        <source>the operator {op} (node {node}) is off the chain from input to output; {works}, one after another</source>
        <translation>l&apos;opérateur {op} (nœud {node}) est hors de la chaîne de l&apos;entrée à la sortie&#xa0;; {works}, l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>has no dense layer (Gemm or MatMul)</source>
        <translation>n&apos;a aucune couche dense (Gemm ou MatMul)</translation>
    </message>
    <message>
        <source>its input {name!r} is not a floating-point tensor</source>
        <translation>son entrée {name!r} n&apos;est pas un tenseur à virgule flottante</translation>
    </message>
    <message>
        <source>{where}: a Cast is understood only as part of a step function, Cast(Greater(a, 0))</source>
        <translation>{where}&#xa0;: un Cast n&apos;est compris que dans une fonction échelon, Cast(Greater(a, 0))</translation>
    </message>
    <message>
        <source>{where}: an activation before the first dense layer</source>
        <translation>{where}&#xa0;: une activation avant la première couche dense</translation>
    </message>
    <message>
        <source>{where}: a second activation after {first} in one layer</source>
        <translation>{where}&#xa0;: une deuxième activation après {first} dans une même couche</translation>
    </message>
    <message>
        <source>{where}: leaky ReLU with slope {slope:g}; Synaptica&apos;s leaky ReLU has slope {ours:g}</source>
        <translation>{where}&#xa0;: leaky ReLU de pente {slope:g}&#xa0;; celle de Synaptica a une pente de {ours:g}</translation>
    </message>
    <message>
        <source>{where}: softmax over axis {axis}; only the features axis (-1) is supported</source>
        <translation>{where}&#xa0;: softmax sur l&apos;axe {axis}&#xa0;; seul l&apos;axe des caractéristiques (-1) est pris en charge</translation>
    </message>
    <message>
        <source>{where}: a Greater is understood only as a step function, Cast(Greater(a, 0)) right after a dense layer</source>
        <translation>{where}&#xa0;: un Greater n&apos;est compris que comme fonction échelon, Cast(Greater(a, 0)) juste après une couche dense</translation>
    </message>
    <message>
        <source>{where}: a Greater must be followed by a Cast to float (the step function)</source>
        <translation>{where}&#xa0;: un Greater doit être suivi d&apos;un Cast en float (la fonction échelon)</translation>
    </message>
    <message>
        <source>{where}: its weights {name!r} are computed, not stored; only stored weights (initializers) can be shown</source>
        <translation>{where}&#xa0;: ses poids {name!r} sont calculés, pas stockés&#xa0;; seuls les poids stockés (initializers) peuvent être affichés</translation>
    </message>
    <message>
        <source>{where}: weights of shape {shape}; a dense layer has a 2-D matrix</source>
        <translation>{where}&#xa0;: poids de forme {shape}&#xa0;; une couche dense a une matrice 2-D</translation>
    </message>
    <message>
        <source>{where}: weights for {inputs} inputs but the model&apos;s input has {features} features</source>
        <translation>{where}&#xa0;: poids pour {inputs} entrées mais l&apos;entrée du modèle a {features} caractéristiques</translation>
    </message>
    <message>
        <source>uses the operator {op} (node {node}), which the canvas cannot show; {works}</source>
        <translation>utilise l&apos;opérateur {op} (nœud {node}), que le canevas ne sait pas afficher&#xa0;; {works}</translation>
    </message>
    <message>
        <source>the tensor {tensor!r} leads nowhere: the graph does not reach its output {output!r} in one chain</source>
        <translation>le tenseur {tensor!r} ne mène nulle part&#xa0;: le graphe n&apos;atteint pas sa sortie {output!r} en une seule chaîne</translation>
    </message>
    <message>
        <source>branches: the tensor {tensor!r} feeds {count} operators ({ops}); {works}, one after another</source>
        <translation>se ramifie&#xa0;: le tenseur {tensor!r} alimente {count} opérateurs ({ops})&#xa0;; {works}, l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>{where}: only a Flatten(axis=1) before the first layer is supported</source>
        <translation>{where}&#xa0;: seul un Flatten(axis=1) avant la première couche est pris en charge</translation>
    </message>
    <message>
        <source>{where}: the data must be its first input A, not transposed</source>
        <translation>{where}&#xa0;: les données doivent être sa première entrée A, non transposée</translation>
    </message>
    <message>
        <source>{where}: the data must be its first input (x·W)</source>
        <translation>{where}&#xa0;: les données doivent être sa première entrée (x·W)</translation>
    </message>
    <message>
        <source>{where}: an Add is understood only as the bias right after a MatMul or Gemm</source>
        <translation>{where}&#xa0;: un Add n&apos;est compris que comme le biais juste après un MatMul ou un Gemm</translation>
    </message>
    <message>
        <source>{where}: the bias {name!r} has shape {shape}, which does not fit {outputs} outputs</source>
        <translation>{where}&#xa0;: le biais {name!r} a la forme {shape}, qui ne convient pas à {outputs} sorties</translation>
    </message>
    <message>
        <source>the Constant node {node!r} has no tensor value</source>
        <translation>le nœud Constant {node!r} n&apos;a pas de valeur de tenseur</translation>
    </message>
    <message>
        <source>{file}: holds a {type}; expected a dictionary of weights like the textbook&apos;s {example}</source>
        <translation>{file}&#xa0;: contient un {type}&#xa0;; dictionnaire de poids attendu, comme celui du manuel {example}</translation>
    </message>
    <message>
        <source>{file}: has a key {key!r}; expected names like &apos;W1&apos; and &apos;b1&apos;</source>
        <translation>{file}&#xa0;: a une clé {key!r}&#xa0;; noms comme &apos;W1&apos; et &apos;b1&apos; attendus</translation>
    </message>
    <message>
        <source>{file}: not a readable pickle of NumPy arrays ({reason})</source>
        <translation>{file}&#xa0;: pas un pickle lisible de tableaux NumPy ({reason})</translation>
    </message>
    <message>
        <source>Loaded from {file}.</source>
        <translation>Chargé depuis {file}.</translation>
    </message>
    <message>
        <source>{file}: no numeric feature columns (the text columns are skipped; choose one-hot encoding to use them)</source>
        <translation>{file}&#xa0;: aucune colonne de caractéristiques numériques (les colonnes de texte sont ignorées&#xa0;; choisissez l&apos;encodage one-hot pour les utiliser)</translation>
    </message>
    <message>
        <source>{file}: the file has a header but no data rows</source>
        <translation>{file}&#xa0;: le fichier a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>Loaded from {file}; dropped 1 row with missing values (first at line {line}).</source>
        <translation>Chargé depuis {file}&#xa0;; 1 ligne avec des valeurs manquantes écartée (ligne {line}).</translation>
    </message>
    <message>
        <source>Loaded from {file}; dropped {count} rows with missing values (first at line {line}).</source>
        <translation>Chargé depuis {file}&#xa0;; {count} lignes avec des valeurs manquantes écartées (la première à la ligne {line}).</translation>
    </message>
    <message>
        <source>{file}: more than {limit} different labels are too many classes</source>
        <translation>{file}&#xa0;: plus de {limit} étiquettes différentes, c&apos;est trop de classes</translation>
    </message>
    <message>
        <source>{file} line {line}: column {column} {text!r} is not a finite number</source>
        <translation>{file} ligne {line}&#xa0;: colonne {column}, {text!r} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{file}: every data row has a missing value ({dropped} dropped, first at line {line})</source>
        <translation>{file}&#xa0;: chaque ligne de données a une valeur manquante ({dropped} écartées, la première à la ligne {line})</translation>
    </message>
    <message>
        <source>{file} line {line}: label (column {column}) {text!r} is not a finite number, as regression needs</source>
        <translation>{file} ligne {line}&#xa0;: l&apos;étiquette (colonne {column}) {text!r} n&apos;est pas un nombre fini, comme l&apos;exige la régression</translation>
    </message>
    <message>
        <source>{file}: {count:,} different labels are too many classes (at most {limit}); choose regression for a numeric target</source>
        <translation>{file}&#xa0;: {count:,} étiquettes différentes, c&apos;est trop de classes (au plus {limit})&#xa0;; choisissez la régression pour une cible numérique</translation>
    </message>
    <message>
        <source>{file} line {line}: column {column} {text!r} is not a number</source>
        <translation>{file} ligne {line}&#xa0;: colonne {column}, {text!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{file} line {line}: a quoted field runs over {spanned} lines (an unclosed quote?)</source>
        <translation>{file} ligne {line}&#xa0;: un champ entre guillemets s&apos;étend sur {spanned} lignes (un guillemet non fermé&#xa0;?)</translation>
    </message>
    <message>
        <source>{file} line {line}: expected {width} columns, found {found}</source>
        <translation>{file} ligne {line}&#xa0;: {width} colonnes attendues, {found} trouvées</translation>
    </message>
    <message>
        <source>{file} line {line}: the label (column {column}) {text!r} is not a finite number</source>
        <translation>{file} ligne {line}&#xa0;: l&apos;étiquette (colonne {column}) {text!r} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{file} line {line}: the label (column {column}) {text!r} is not a number, and there are more than {limit} different labels</source>
        <translation>{file} ligne {line}&#xa0;: l&apos;étiquette (colonne {column}) {text!r} n&apos;est pas un nombre, et il y a plus de {limit} étiquettes différentes</translation>
    </message>
    <message>
        <source>{file}: more than {limit:,} rows; Synaptica reads at most that many</source>
        <translation>{file}&#xa0;: plus de {limit:,} lignes&#xa0;; Synaptica n&apos;en lit pas davantage</translation>
    </message>
    <message>
        <source>{file}: import cancelled</source>
        <translation>{file}&#xa0;: importation annulée</translation>
    </message>
    <message>
        <source>{file} line {line}: malformed quoting ({reason}) (read up to line {until}); check for an unclosed quote</source>
        <translation>{file} ligne {line}&#xa0;: guillemets mal formés ({reason}) (lu jusqu&apos;à la ligne {until})&#xa0;; cherchez un guillemet non fermé</translation>
    </message>
    <message>
        <source>{file} line {line}: malformed quoting ({reason}); check for an unclosed quote</source>
        <translation>{file} ligne {line}&#xa0;: guillemets mal formés ({reason})&#xa0;; cherchez un guillemet non fermé</translation>
    </message>
    <message>
        <source>{file} line {line}: column {column} ({name}) has more than {limit} different values; skip it instead of one-hot encoding it</source>
        <translation>{file} ligne {line}&#xa0;: la colonne {column} ({name}) a plus de {limit} valeurs différentes&#xa0;; ignorez-la au lieu de l&apos;encoder en one-hot</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espaces</translation>
    </message>
    <message>
        <source>{columns}; {decimal}; {header}; {label}</source>
        <translation>{columns}&#xa0;; {decimal}&#xa0;; {header}&#xa0;; {label}</translation>
    </message>
    <message>
        <source>label column {column}</source>
        <translation>colonne d&apos;étiquette {column}</translation>
    </message>
    <message>
        <source>label column {column} ({name})</source>
        <translation>colonne d&apos;étiquette {column} ({name})</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file}&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>{file} line {line}: {width:,} columns; at most {limit:,} are read</source>
        <translation>{file} ligne {line}&#xa0;: {width:,} colonnes&#xa0;; {limit:,} au plus sont lues</translation>
    </message>
    <message>
        <source>scikit-learn layout: classes {classes}</source>
        <translation>format scikit-learn&#xa0;: classes {classes}</translation>
    </message>
    <message>
        <source>every row ends with an empty field (a trailing delimiter); it is ignored</source>
        <translation>chaque ligne se termine par un champ vide (un séparateur final)&#xa0;; il est ignoré</translation>
    </message>
    <message>
        <source>delimiter must be one of {choices}, got {value!r}</source>
        <translation>le séparateur doit être l&apos;un de {choices}, trouvé {value!r}</translation>
    </message>
    <message>
        <source>decimal separator must be &apos;.&apos; or &apos;,&apos;, got {value!r}</source>
        <translation>le séparateur décimal doit être &apos;.&apos; ou &apos;,&apos;, trouvé {value!r}</translation>
    </message>
    <message>
        <source>header must be true, false or left out, got {value!r}</source>
        <translation>header doit valoir true, false ou être omis, trouvé {value!r}</translation>
    </message>
    <message>
        <source>label must be a column number or name, got {value!r}</source>
        <translation>label doit être un numéro ou un nom de colonne, trouvé {value!r}</translation>
    </message>
    <message>
        <source>categorical must be &apos;skip&apos; or &apos;onehot&apos;, got {value!r}</source>
        <translation>categorical doit valoir &apos;skip&apos; ou &apos;onehot&apos;, trouvé {value!r}</translation>
    </message>
    <message>
        <source>task must be one of {choices}, got {value!r}</source>
        <translation>task doit être l&apos;un de {choices}, trouvé {value!r}</translation>
    </message>
    <message>
        <source>unknown CSV option {name!r}; the options are {options}</source>
        <translation>option CSV inconnue {name!r}&#xa0;; les options sont {options}</translation>
    </message>
    <message>
        <source>{count} columns separated by {delimiter}</source>
        <translation>{count} colonnes séparées par des {delimiter}</translation>
    </message>
    <message>
        <source>{file} line {line}: found 1 column; a dataset needs at least one feature column and a label column (the values seem separated by spaces: pick &apos;spaces&apos; as the delimiter)</source>
        <translation>{file} ligne {line}&#xa0;: 1 seule colonne&#xa0;; un jeu de données a besoin d&apos;au moins une colonne de caractéristiques et d&apos;une colonne d&apos;étiquettes (les valeurs semblent séparées par des espaces&#xa0;: choisissez «&#xa0;espaces&#xa0;» comme séparateur)</translation>
    </message>
    <message>
        <source>{file} line {line}: found 1 column; a dataset needs at least one feature column and a label column</source>
        <translation>{file} ligne {line}&#xa0;: 1 seule colonne&#xa0;; un jeu de données a besoin d&apos;au moins une colonne de caractéristiques et d&apos;une colonne d&apos;étiquettes</translation>
    </message>
    <message>
        <source>text columns one-hot encoded: {columns}</source>
        <translation>colonnes de texte encodées en one-hot&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>text columns skipped: {columns}</source>
        <translation>colonnes de texte ignorées&#xa0;: {columns}</translation>
    </message>
    <message>
        <source>{file}: label column {given!r} is a name, but header=False says the file has no header</source>
        <translation>{file}&#xa0;: la colonne d&apos;étiquette {given!r} est un nom, mais header=False indique que le fichier n&apos;a pas d&apos;en-tête</translation>
    </message>
    <message>
        <source>{file} line {line}: no column named {given!r} in the header ({names})</source>
        <translation>{file} ligne {line}&#xa0;: aucune colonne nommée {given!r} dans l&apos;en-tête ({names})</translation>
    </message>
    <message>
        <source>{file}: label column {given} is out of range for {width} columns</source>
        <translation>{file}&#xa0;: la colonne d&apos;étiquette {given} est hors limites pour {width} colonnes</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>virgule décimale</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>point décimal</translation>
    </message>
    <message>
        <source>a header row</source>
        <translation>une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>{file} line {line}: not a UTF-8 text file (byte {byte} of the block being read cannot be decoded)</source>
        <translation>{file} ligne {line}&#xa0;: pas un fichier texte UTF-8 (l&apos;octet {byte} du bloc lu ne peut pas être décodé)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu&apos;un fichier ordinaire</translation>
    </message>
    <message>
        <source>{file}: cannot read the file ({reason})</source>
        <translation>{file}&#xa0;: impossible de lire le fichier ({reason})</translation>
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
        <translation>{file}&#xa0;: impossible de lire le fichier (le nom contient un caractère NUL)</translation>
    </message>
    <message>
        <source>{file}: is larger than {limit} MB; Synaptica reads at most that much from one data file</source>
        <translation>{file}&#xa0;: dépasse {limit} Mo&#xa0;; Synaptica ne lit pas davantage d&apos;un fichier de données</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: it is {kind}</source>
        <translation>{file}&#xa0;: impossible de lire le fichier&#xa0;: c&apos;est {kind}</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: it is {kind}, not a regular file</source>
        <translation>{file}&#xa0;: impossible de lire le fichier&#xa0;: c&apos;est {kind}, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{file}: expands to more than {limit} MB when decompressed; Synaptica reads at most that much from one data file</source>
        <translation>{file}&#xa0;: dépasse {limit} Mo une fois décompressé&#xa0;; Synaptica ne lit pas davantage d&apos;un fichier de données</translation>
    </message>
    <message>
        <source>{file}: not enough memory to read this file</source>
        <translation>{file}&#xa0;: mémoire insuffisante pour lire ce fichier</translation>
    </message>
    <message>
        <source>{file}: the gzip data is damaged ({reason})</source>
        <translation>{file}&#xa0;: les données gzip sont endommagées ({reason})</translation>
    </message>
    <message>
        <source>{file}: the gzip data is damaged or cut short (it ends early)</source>
        <translation>{file}&#xa0;: les données gzip sont endommagées ou tronquées (elles s&apos;arrêtent trop tôt)</translation>
    </message>
    <message>
        <source>Points you drew in 2-D, one class per colour (saved in the network file).</source>
        <translation>Points que vous avez dessinés en 2-D, une classe par couleur (enregistrés dans le fichier du réseau).</translation>
    </message>
    <message>
        <source>Two classes in 2-D: an inner disc (class 1) inside an outer ring (class 0).</source>
        <translation>Deux classes en 2-D&#xa0;: un disque intérieur (classe 1) dans un anneau extérieur (classe 0).</translation>
    </message>
    <message>
        <source>Two classes in 2-D: class 1 where x1 and x2 have opposite signs (the XOR of x1 &gt; 0 and x2 &gt; 0).</source>
        <translation>Deux classes en 2-D&#xa0;: classe 1 là où x1 et x2 sont de signes opposés (le XOR de x1 &gt; 0 et x2 &gt; 0).</translation>
    </message>
    <message>
        <source>Two classes in 2-D: Gaussian blobs around (-0.4, -0.4) (class 0) and (0.4, 0.4) (class 1).</source>
        <translation>Deux classes en 2-D&#xa0;: des nuages gaussiens autour de (-0.4, -0.4) (classe 0) et de (0.4, 0.4) (classe 1).</translation>
    </message>
    <message>
        <source>Two classes in 2-D: two interleaved spiral arms, as in TensorFlow Playground.</source>
        <translation>Deux classes en 2-D&#xa0;: deux bras de spirale entrelacés, comme dans TensorFlow Playground.</translation>
    </message>
    <message>
        <source>Two classes in 2-D: two interleaving half circles (class 0 on top).</source>
        <translation>Deux classes en 2-D&#xa0;: deux demi-cercles imbriqués (classe 0 en haut).</translation>
    </message>
    <message>
        <source>Regression in 1-D: y = sin(x) for x evenly spaced on [-pi, pi].</source>
        <translation>Régression en 1-D&#xa0;: y = sin(x) pour x régulièrement espacé sur [-pi, pi].</translation>
    </message>
    <message>
        <source>Iris flowers (Fisher, 1936): 150 samples, 4 measurements in cm, 3 species; UCI via scikit-learn.</source>
        <translation>Fleurs d&apos;iris (Fisher, 1936)&#xa0;: 150 échantillons, 4 mesures en cm, 3 espèces&#xa0;; UCI via scikit-learn.</translation>
    </message>
    <message>
        <source>Handwritten digits (Alpaydin &amp; Kaynak, 1998): 1797 8x8 images scaled to [0, 1], 10 classes; UCI via scikit-learn.</source>
        <translation>Chiffres manuscrits (Alpaydin &amp; Kaynak, 1998)&#xa0;: 1797 images 8x8 ramenées à [0, 1], 10 classes&#xa0;; UCI via scikit-learn.</translation>
    </message>
    <message>
        <source>AND truth table: output 1 only when every input is 1.</source>
        <translation>Table de vérité de AND&#xa0;: sortie 1 seulement quand toutes les entrées valent 1.</translation>
    </message>
    <message>
        <source>OR truth table: output 1 when any input is 1.</source>
        <translation>Table de vérité de OR&#xa0;: sortie 1 dès qu&apos;une entrée vaut 1.</translation>
    </message>
    <message>
        <source>NAND truth table: output 0 only when every input is 1.</source>
        <translation>Table de vérité de NAND&#xa0;: sortie 0 seulement quand toutes les entrées valent 1.</translation>
    </message>
    <message>
        <source>NOR truth table: output 1 only when every input is 0.</source>
        <translation>Table de vérité de NOR&#xa0;: sortie 1 seulement quand toutes les entrées valent 0.</translation>
    </message>
    <message>
        <source>XOR truth table (parity for more than 2 inputs): output 1 when an odd number of inputs is 1.</source>
        <translation>Table de vérité de XOR (parité pour plus de 2 entrées)&#xa0;: sortie 1 quand un nombre impair d&apos;entrées vaut 1.</translation>
    </message>
    <message>
        <source>1 output</source>
        <translation>1 sortie</translation>
    </message>
    <message>
        <source>{n} outputs</source>
        <translation>{n} sorties</translation>
    </message>
    <message>
        <source>dataset {name!r} has {k} classes; the network has {outputs} (use {k} outputs, one per class)</source>
        <translation>le jeu de données {name!r} a {k} classes&#xa0;; le réseau a {outputs} (utilisez {k} sorties, une par classe)</translation>
    </message>
    <message>
        <source>unknown dataset {name!r}; choose one of: {names}</source>
        <translation>jeu de données inconnu {name!r}&#xa0;; choisissez parmi&#xa0;: {names}</translation>
    </message>
    <message>
        <source>samples must be a whole number of at least 2, got {samples!r}</source>
        <translation>le nombre d&apos;échantillons doit être un entier d&apos;au moins 2, trouvé {samples!r}</translation>
    </message>
    <message>
        <source>noise must be a finite number &gt;= 0, got {noise!r}</source>
        <translation>le bruit doit être un nombre fini &gt;= 0, trouvé {noise!r}</translation>
    </message>
    <message>
        <source>unknown gate {name!r}; choose one of: {names}</source>
        <translation>porte inconnue {name!r}&#xa0;; choisissez parmi&#xa0;: {names}</translation>
    </message>
    <message>
        <source>a gate has 2 to 4 inputs, got {n!r}</source>
        <translation>une porte a de 2 à 4 entrées, trouvé {n!r}</translation>
    </message>
    <message>
        <source>{description} {n} inputs, {rows} rows.</source>
        <translation>{description} {n} entrées, {rows} lignes.</translation>
    </message>
    <message>
        <source>drawn data: {points} points but {labels} labels</source>
        <translation>données dessinées&#xa0;: {points} points mais {labels} étiquettes</translation>
    </message>
    <message>
        <source>drawn data: there are no points yet; draw some in Labs → Draw your own data</source>
        <translation>données dessinées&#xa0;: il n&apos;y a pas encore de points&#xa0;; dessinez-en dans Ateliers → Dessiner vos données</translation>
    </message>
    <message>
        <source>drawn data: point coordinates must be finite numbers</source>
        <translation>données dessinées&#xa0;: les coordonnées des points doivent être des nombres finis</translation>
    </message>
    <message>
        <source>dataset {name!r} has 2 classes; the network has {outputs} (use 1 output or 2)</source>
        <translation>le jeu de données {name!r} a 2 classes&#xa0;; le réseau a {outputs} (utilisez 1 ou 2 sorties)</translation>
    </message>
    <message>
        <source>dataset {name!r}: the number of gate inputs must be a whole number</source>
        <translation>jeu de données {name!r}&#xa0;: le nombre d&apos;entrées de la porte doit être un entier</translation>
    </message>
    <message>
        <source>dataset {name!r} has {targets}; the network has {outputs}</source>
        <translation>le jeu de données {name!r} a {targets}&#xa0;; le réseau a {outputs}</translation>
    </message>
    <message>
        <source>class {i}</source>
        <translation>classe {i}</translation>
    </message>
    <message>
        <source>1 target column</source>
        <translation>1 colonne cible</translation>
    </message>
    <message>
        <source>{n} target columns</source>
        <translation>{n} colonnes cibles</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>XOR (point cloud)</source>
        <translation>XOR (nuage de points)</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>Nuages gaussiens</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <source>sin(x) (regression)</source>
        <translation>sin(x) (régression)</translation>
    </message>
    <message>
        <source>Iris flowers</source>
        <translation>Fleurs d&apos;iris</translation>
    </message>
    <message>
        <source>Digits (8×8 images)</source>
        <translation>Chiffres (images 8×8)</translation>
    </message>
    <message>
        <source>AND gate</source>
        <translation>Porte AND</translation>
    </message>
    <message>
        <source>OR gate</source>
        <translation>Porte OR</translation>
    </message>
    <message>
        <source>NAND gate</source>
        <translation>Porte NAND</translation>
    </message>
    <message>
        <source>NOR gate</source>
        <translation>Porte NOR</translation>
    </message>
    <message>
        <source>XOR gate</source>
        <translation>Porte XOR</translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation>Dessiné par vous</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 caractéristique</translation>
    </message>
    <message>
        <source>{n} features</source>
        <translation>{n} caractéristiques</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} entrées</translation>
    </message>
    <message>
        <source>1 target value</source>
        <translation>1 valeur cible</translation>
    </message>
    <message>
        <source>{n} target values</source>
        <translation>{n} valeurs cibles</translation>
    </message>
    <message>
        <source>{gate} gate ({arity} inputs)</source>
        <translation>Porte {gate} ({arity} entrées)</translation>
    </message>
    <message>
        <source>{gate} gate</source>
        <translation>Porte {gate}</translation>
    </message>
    <message>
        <source>The {title} data has {features} ({names}), but the network has {inputs}.</source>
        <translation>Les données «&#xa0;{title}&#xa0;» ont {features} ({names}), mais le réseau a {inputs}.</translation>
    </message>
    <message>
        <source>The {title} data has {targets} per sample, but the network has {outputs}.</source>
        <translation>Les données «&#xa0;{title}&#xa0;» ont {targets} par échantillon, mais le réseau a {outputs}.</translation>
    </message>
    <message>
        <source>The {title} data has 2 classes, so the network needs 1 output (the probability of class 1) or 2 (one per class); it has {outputs}.</source>
        <translation>Les données «&#xa0;{title}&#xa0;» ont 2 classes&#xa0;: le réseau a besoin d&apos;1 sortie (la probabilité de la classe 1) ou de 2 (une par classe)&#xa0;; il en a {outputs}.</translation>
    </message>
    <message>
        <source>The {title} data has {classes} classes ({names}), so the network needs {classes} outputs, one per class; it has {outputs}.</source>
        <translation>Les données «&#xa0;{title}&#xa0;» ont {classes} classes ({names})&#xa0;: le réseau a besoin de {classes} sorties, une par classe&#xa0;; il en a {outputs}.</translation>
    </message>
    <message>
        <source>the loss rose to {last:.3g}, {ratio:.1f} × its best ({best:.3g})</source>
        <translation>la perte est montée à {last:.3g}, {ratio:.1f} × sa meilleure valeur ({best:.3g})</translation>
    </message>
    <message>
        <source>the loss swung up and down in {flips} of the last {epochs} epochs</source>
        <translation>la perte a oscillé dans {flips} des {epochs} dernières époques</translation>
    </message>
    <message>
        <source>it has no non-linear hidden units, so it can only draw straight lines</source>
        <translation>il n&apos;a pas de neurones cachés non linéaires, il ne peut donc tracer que des droites</translation>
    </message>
    <message>
        <source>its {hidden} hidden neurons cannot bend the boundary as much as this data needs</source>
        <translation>ses {hidden} neurones cachés ne peuvent pas courber la frontière autant que ces données l&apos;exigent</translation>
    </message>
    <message>
        <source>The targets run from {low_target:.3g} to {high_target:.3g}, but a {output} output can only give values between {low:g} and {high:g}: no weights can fit them. An identity output can give any number.</source>
        <translation>Les cibles vont de {low_target:.3g} à {high_target:.3g}, mais une sortie {output} ne donne que des valeurs entre {low:g} et {high:g}&#xa0;: aucun poids ne peut les atteindre. Une sortie identité peut donner n&apos;importe quel nombre.</translation>
    </message>
    <message>
        <source>The learning rate {lr:g} is too large: {what}. Each step jumps past the valley of the loss instead of walking down into it.</source>
        <translation>Le taux d&apos;apprentissage {lr:g} est trop grand&#xa0;: {what}. Chaque pas saute par-dessus la vallée de la perte au lieu d&apos;y descendre.</translation>
    </message>
    <message>
        <source>The loss settled at {end:.3g} and stays there: the {shape} network is too small for this data — {why}. A {bigger} network can.</source>
        <translation>La perte s&apos;est stabilisée à {end:.3g} et y reste&#xa0;: le réseau {shape} est trop petit pour ces données — {why}. Un réseau {bigger} y arrive.</translation>
    </message>
    <message>
        <source>Use an identity output with mean squared error</source>
        <translation>Sortie identité et erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>Use learning rate {lr:g} and start again</source>
        <translation>Taux d&apos;apprentissage {lr:g} et recommencer</translation>
    </message>
    <message>
        <source>The loss barely moved: from {start:.4g} to {end:.4g} (less than {flat:.0%}) over {epochs} epochs. With learning rate {lr:g} each step is too small to get anywhere.</source>
        <translation>La perte a à peine bougé&#xa0;: de {start:.4g} à {end:.4g} (moins de {flat:.0%}) en {epochs} époques. Avec un taux d&apos;apprentissage de {lr:g}, chaque pas est trop petit pour avancer.</translation>
    </message>
    <message>
        <source>Use a {shape} network</source>
        <translation>Utiliser un réseau {shape}</translation>
    </message>
    <message>
        <source>Use learning rate {lr:g}</source>
        <translation>Taux d&apos;apprentissage {lr:g}</translation>
    </message>
    <message>
        <source>{dead} of the {units} ReLU units in hidden layer {k} output 0 for every training sample. Their slope is 0 there, so no gradient reaches them and they never recover. Leaky ReLU keeps a small slope (0.01) below 0.</source>
        <translation>{dead} des {units} neurones ReLU de la couche cachée {k} donnent 0 pour chaque échantillon d&apos;entraînement. Leur pente y est nulle&#xa0;: aucun gradient ne les atteint et ils ne s&apos;en remettent jamais. Leaky ReLU garde une petite pente (0.01) sous 0.</translation>
    </message>
    <message>
        <source>Use leaky ReLU and fresh weights</source>
        <translation>Leaky ReLU et nouveaux poids</translation>
    </message>
    <message>
        <source>{saturated} of the {units} {name} units in hidden layer {k} are saturated: |a| &gt; {limit:g} for at least {share:.0%} of the samples, where the slope of {name} is almost 0, so their weights hardly change. Fresh, smaller weights (Xavier) and a smaller learning rate keep them in the steep middle.</source>
        <translation>{saturated} des {units} neurones {name} de la couche cachée {k} sont saturés&#xa0;: |a| &gt; {limit:g} pour au moins {share:.0%} des échantillons, là où la pente de {name} est presque nulle, si bien que leurs poids changent à peine. De nouveaux poids plus petits (Xavier) et un taux d&apos;apprentissage plus petit les gardent dans la zone pentue du milieu.</translation>
    </message>
    <message>
        <source>Fresh Xavier weights and learning rate {lr:g}</source>
        <translation>Nouveaux poids Xavier et taux {lr:g}</translation>
    </message>
    <message>
        <source>{param}{number}[{index}] (layer {number})</source>
        <translation>{param}{number}[{index}] (couche {number})</translation>
    </message>
    <message>
        <source>{where} = {value:.4g} had the largest gradient, g = {g:.4g}; the update {step} is where the numbers ran away.</source>
        <translation>{where} = {value:.4g} avait le plus grand gradient, g = {g:.4g}&#xa0;; c&apos;est la mise à jour {step} qui a fait s&apos;emballer les nombres.</translation>
    </message>
    <message>
        <source>{where} had the largest gradient, g = {g:.4g}; the update {step} pushed it to {value:.4g}, and the next forward pass overflowed: that update is where the numbers ran away.</source>
        <translation>{where} avait le plus grand gradient, g = {g:.4g}&#xa0;; la mise à jour {step} l&apos;a porté à {value:.4g}, et la propagation avant suivante a débordé&#xa0;: c&apos;est cette mise à jour qui a fait s&apos;emballer les nombres.</translation>
    </message>
    <message>
        <source>there is no layer {layer}; layers are 0..{last}</source>
        <translation>il n&apos;y a pas de couche {layer}&#xa0;; les couches vont de 0 à {last}</translation>
    </message>
    <message>
        <source>a layer needs at least one neuron; got {size}</source>
        <translation>une couche a besoin d&apos;au moins un neurone&#xa0;; trouvé {size}</translation>
    </message>
    <message>
        <source>a hidden layer can be inserted at positions 1..{last}; got {position}</source>
        <translation>une couche cachée peut être insérée aux positions 1 à {last}&#xa0;; trouvé {position}</translation>
    </message>
    <message>
        <source>only hidden layers (1..{last}) can be removed; got {layer}</source>
        <translation>seules les couches cachées (1 à {last}) peuvent être supprimées&#xa0;; trouvé {layer}</translation>
    </message>
    <message>
        <source>input features apply to 2-D data; {name!r} has {count} features</source>
        <translation>les entrées dérivées s&apos;appliquent aux données en 2-D&#xa0;; {name!r} a {count} caractéristiques</translation>
    </message>
    <message>
        <source>unknown input feature {name!r}; choose from {names}</source>
        <translation>entrée dérivée inconnue {name!r}&#xa0;; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>{description} Derived inputs: {extra}.</source>
        <translation>{description} Entrées dérivées&#xa0;: {extra}.</translation>
    </message>
    <message>
        <source>Derived inputs: {extra}.</source>
        <translation>Entrées dérivées&#xa0;: {extra}.</translation>
    </message>
    <message>
        <source>Thresholds: a ReLU is dead when a ≤ 0 on every row of the batch; a sigmoid/tanh unit is saturated when its output is beyond {saturation} of its range (sigmoid &lt; {low:.2f} or &gt; {saturation}, |tanh| &gt; {saturation}) on at least {rows:.0%} of the rows; gradients vanish when the first layer&apos;s RMS ∂L/∂W is below {vanishing:g} × the last layer&apos;s and explode when it is above {exploding:g} × the last layer&apos;s or any layer&apos;s exceeds {rms:g}.</source>
        <translation>Seuils&#xa0;: une ReLU est morte quand a ≤ 0 sur chaque ligne du lot&#xa0;; un neurone sigmoid/tanh est saturé quand sa sortie dépasse {saturation} de son intervalle (sigmoid &lt; {low:.2f} ou &gt; {saturation}, |tanh| &gt; {saturation}) sur au moins {rows:.0%} des lignes&#xa0;; les gradients s&apos;évanouissent quand le RMS de ∂L/∂W de la première couche est sous {vanishing:g} × celui de la dernière, et explosent quand il dépasse {exploding:g} × celui de la dernière ou qu&apos;une couche dépasse {rms:g}.</translation>
    </message>
    <message>
        <source>Exploding gradients: layer {layer}&apos;s RMS ∂L/∂W is {rms:.3g} (above {limit:g}). Lower the learning rate.</source>
        <translation>Explosion des gradients&#xa0;: le RMS de ∂L/∂W de la couche {layer} vaut {rms:.3g} (au-dessus de {limit:g}). Baissez le taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>Layer {layer}: {dead} of {n} ReLU units are dead (a ≤ 0 on all {rows} rows): their gradients are 0, so they never learn again. A smaller learning rate, He initialisation or leaky ReLU helps.</source>
        <translation>Couche {layer}&#xa0;: {dead} des {n} neurones ReLU sont morts (a ≤ 0 sur les {rows} lignes)&#xa0;: leurs gradients sont nuls, ils n&apos;apprendront plus. Un taux d&apos;apprentissage plus petit, l&apos;initialisation de He ou Leaky ReLU aident.</translation>
    </message>
    <message>
        <source>Layer {layer}: {saturated} of {n} {name} units are saturated (output pinned near its limit): their slope h′(a) is almost 0, so little gradient passes. Smaller initial weights (Xavier) or scaled inputs help.</source>
        <translation>Couche {layer}&#xa0;: {saturated} des {n} neurones {name} sont saturés (sortie collée près de sa limite)&#xa0;: leur pente h′(a) est presque nulle, peu de gradient passe. Des poids initiaux plus petits (Xavier) ou des entrées mises à l&apos;échelle aident.</translation>
    </message>
    <message>
        <source>Vanishing gradients: layer 1&apos;s RMS ∂L/∂W is {first:.2g}, {ratio:.1g} × the last layer&apos;s ({last:.2g}). The first layers barely learn; ReLU or fewer sigmoid layers help.</source>
        <translation>Évanouissement des gradients&#xa0;: le RMS de ∂L/∂W de la couche 1 vaut {first:.2g}, {ratio:.1g} × celui de la dernière ({last:.2g}). Les premières couches apprennent à peine&#xa0;; ReLU ou moins de couches sigmoid aident.</translation>
    </message>
    <message>
        <source>Exploding gradients: layer 1&apos;s RMS ∂L/∂W is {first:.2g}, {ratio:.2g} × the last layer&apos;s ({last:.2g}). Lower the learning rate or the initial weights.</source>
        <translation>Explosion des gradients&#xa0;: le RMS de ∂L/∂W de la couche 1 vaut {first:.2g}, {ratio:.2g} × celui de la dernière ({last:.2g}). Baissez le taux d&apos;apprentissage ou les poids initiaux.</translation>
    </message>
    <message>
        <source>{file}: expected images of shape (n, rows, cols) or (n, d), got {ndim} dimension(s) {shape}</source>
        <translation>{file}&#xa0;: images de forme (n, rows, cols) ou (n, d) attendues, trouvé {ndim} dimension(s) {shape}</translation>
    </message>
    <message>
        <source>{file}: holds no images (shape {shape})</source>
        <translation>{file}&#xa0;: ne contient aucune image (forme {shape})</translation>
    </message>
    <message>
        <source>{file}: expected one label per image (1 dimension), got shape {shape}</source>
        <translation>{file}&#xa0;: une étiquette par image attendue (1 dimension), trouvé la forme {shape}</translation>
    </message>
    <message>
        <source>{labels_file} has {labels} labels but {images_file} has {images} images</source>
        <translation>{labels_file} a {labels} étiquettes mais {images_file} a {images} images</translation>
    </message>
    <message>
        <source>{file}: labels must be integers, got {dtype}</source>
        <translation>{file}&#xa0;: les étiquettes doivent être des entiers, trouvé {dtype}</translation>
    </message>
    <message>
        <source>{file}: the pixel data contains NaN or infinite values</source>
        <translation>{file}&#xa0;: les pixels contiennent des valeurs NaN ou infinies</translation>
    </message>
    <message>
        <source>IDX images from {images} with labels from {labels}.</source>
        <translation>Images IDX de {images} avec les étiquettes de {labels}.</translation>
    </message>
    <message>
        <source>{file}: too short to be an IDX file ({size} bytes)</source>
        <translation>{file}&#xa0;: trop court pour être un fichier IDX ({size} octets)</translation>
    </message>
    <message>
        <source>{file}: not an IDX file (bad magic number 0x{magic}; expected 0x0000 followed by a type byte and a dimension count)</source>
        <translation>{file}&#xa0;: pas un fichier IDX (nombre magique 0x{magic} incorrect&#xa0;; attendu 0x0000 suivi d&apos;un octet de type et du nombre de dimensions)</translation>
    </message>
    <message>
        <source>{file}: the header promises {ndim} dimensions but the file ends first</source>
        <translation>{file}&#xa0;: l&apos;en-tête annonce {ndim} dimensions mais le fichier s&apos;arrête avant</translation>
    </message>
    <message>
        <source>{file}: dimensions {dims} need {size:,.0f} MB; Synaptica reads at most {limit} MB from one data file</source>
        <translation>{file}&#xa0;: les dimensions {dims} demandent {size:,.0f} Mo&#xa0;; Synaptica lit au plus {limit} Mo d&apos;un fichier de données</translation>
    </message>
    <message>
        <source>{file}: dimensions {dims} need {expected} bytes of data, found more than {expected}</source>
        <translation>{file}&#xa0;: les dimensions {dims} demandent {expected} octets de données, trouvé plus de {expected}</translation>
    </message>
    <message>
        <source>{file}: dimensions {dims} need {expected} bytes of data, found {found}</source>
        <translation>{file}&#xa0;: les dimensions {dims} demandent {expected} octets de données, trouvé {found}</translation>
    </message>
    <message>
        <source>{file}: no labels file given and none found beside it (expected a name like &apos;train-labels-idx1-ubyte&apos;); pass labels_path</source>
        <translation>{file}&#xa0;: aucun fichier d&apos;étiquettes donné ni trouvé à côté (un nom comme &apos;train-labels-idx1-ubyte&apos; est attendu)&#xa0;; passez labels_path</translation>
    </message>
    <message>
        <source>{file}: not enough memory for {count:,} pixels</source>
        <translation>{file}&#xa0;: mémoire insuffisante pour {count:,} pixels</translation>
    </message>
    <message>
        <source>not valid JSON: a number with {digits:,} digits (line {line}, column {column}); numbers in network files must be finite and of reasonable size</source>
        <translation>JSON invalide&#xa0;: un nombre de {digits:,} chiffres (ligne {line}, colonne {column})&#xa0;; les nombres d&apos;un fichier de réseau doivent être finis et de taille raisonnable</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; Synaptica refuses network files larger than {limit} MB</source>
        <translation>le fichier fait {size:.0f} Mo&#xa0;; Synaptica refuse les fichiers de réseau de plus de {limit} Mo</translation>
    </message>
    <message>
        <source>{source}: {where}: {problem}</source>
        <translation>{source}&#xa0;: {where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON invalide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file would be {size:.0f} MB; Synaptica refuses network files larger than {limit} MB</source>
        <translation>le fichier ferait {size:.0f} Mo&#xa0;; Synaptica refuse les fichiers de réseau de plus de {limit} Mo</translation>
    </message>
    <message>
        <source>cannot read the file: the file name contains a NUL character</source>
        <translation>impossible de lire le fichier&#xa0;: son nom contient un caractère NUL</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>has {count:,} arrays and objects; network files hold at most {limit:,}</source>
        <translation>contient {count:,} tableaux et objets&#xa0;; un fichier de réseau en contient au plus {limit:,}</translation>
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
        <translation>absent&#xa0;: ce n&apos;est pas un fichier de réseau Synaptica</translation>
    </message>
    <message>
        <source>expected {format!r}, got {value}: this is not a Synaptica network file</source>
        <translation>{format!r} attendu, trouvé {value}&#xa0;: ce n&apos;est pas un fichier de réseau Synaptica</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>made by a newer Synaptica (version {version}); this one reads up to version {newest}</source>
        <translation>créé par un Synaptica plus récent (version {version})&#xa0;; celui-ci lit jusqu&apos;à la version {newest}</translation>
    </message>
    <message>
        <source>{version} is not a valid version; versions start at 1</source>
        <translation>{version} n&apos;est pas une version valide&#xa0;; les versions commencent à 1</translation>
    </message>
    <message>
        <source>cannot save the file: {reason}</source>
        <translation>impossible d&apos;enregistrer le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: it is a directory</source>
        <translation>impossible de lire le fichier&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>JSON invalide&#xa0;: {reason} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>not readable: the JSON is nested too deeply</source>
        <translation>illisible&#xa0;: le JSON est trop profondément imbriqué</translation>
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
        <translation>impossible de lire le fichier&#xa0;: ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>a Python {type}</source>
        <translation>un {type} Python</translation>
    </message>
    <message>
        <source> (did you mean {name!r}?)</source>
        <translation> ({name!r} peut-être&#xa0;?)</translation>
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
        <translation>fait {length:,} caractères&#xa0;; {limit:,} au plus sont permis</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>unknown {what} {name!r}{suggestion}; choose one of {names}</source>
        <translation>{what}&#xa0;: {name!r} est inconnu{suggestion}&#xa0;; choisissez parmi {names}</translation>
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
        <translation>permises ici&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>unknown key{suggestion}; {hint}</source>
        <translation>clé inconnue{suggestion}&#xa0;; {hint}</translation>
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
        <translation>les tailles {sizes} demandent {total:,} poids&#xa0;; la limite est de {limit:,}</translation>
    </message>
    <message>
        <source>unknown activation {name!r}{suggestion}; choose one of {names}</source>
        <translation>fonction d&apos;activation inconnue {name!r}{suggestion}&#xa0;; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>{name} is only allowed on the output layer (layers[{last}]); hidden layers can use {names}</source>
        <translation>{name} n&apos;est permis que sur la couche de sortie (layers[{last}])&#xa0;; les couches cachées peuvent utiliser {names}</translation>
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
        <translation>les lignes n&apos;ont pas la même longueur&#xa0;: la ligne 0 a {first} valeurs, la ligne {i} en a {length}</translation>
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
        <translation>contient {count:,} points&#xa0;; {limit:,} au plus sont permis</translation>
    </message>
    <message>
        <source>holds more than {limit:,} values; at most {limit:,} are allowed</source>
        <translation>contient plus de {limit:,} valeurs&#xa0;; {limit:,} au plus sont permises</translation>
    </message>
    <message>
        <source>has 1 value but {where}.epoch has {epochs:,}; every series needs one value per epoch</source>
        <translation>a 1 valeur mais {where}.epoch en a {epochs:,}&#xa0;; chaque série a besoin d&apos;une valeur par époque</translation>
    </message>
    <message>
        <source>has {count:,} values but {where}.epoch has {epochs:,}; every series needs one value per epoch</source>
        <translation>a {count:,} valeurs mais {where}.epoch en a {epochs:,}&#xa0;; chaque série a besoin d&apos;une valeur par époque</translation>
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
        <translation>contient {count} points&#xa0;; {limit} au plus sont permis</translation>
    </message>
    <message>
        <source>has {labels} labels but {where}.points has {points} points</source>
        <translation>a {labels} étiquettes mais {where}.points a {points} points</translation>
    </message>
    <message>
        <source>optimizer {name!r} has no setting {key!r}{suggestion}; it takes {settings}</source>
        <translation>l&apos;optimiseur {name!r} n&apos;a pas de réglage {key!r}{suggestion}&#xa0;; il accepte {settings}</translation>
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
        <translation>a des étiquettes mais pas de points&#xa0;; les données dessinées ont besoin des deux</translation>
    </message>
    <message>
        <source>has points but no labels; drawn data needs both</source>
        <translation>a des points mais pas d&apos;étiquettes&#xa0;; les données dessinées ont besoin des deux</translation>
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
        <translation>impossible d&apos;enregistrer le fichier&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot save the file: it is {kind}, not a regular file; Synaptica only writes regular files</source>
        <translation>impossible d&apos;enregistrer le fichier&#xa0;: c&apos;est {kind}, pas un fichier ordinaire&#xa0;; Synaptica n&apos;écrit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>train first (press Play)</source>
        <translation>entraînez d&apos;abord (appuyez sur Lecture)</translation>
    </message>
    <message>
        <source>one of: {choices}</source>
        <translation>l&apos;un de&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>hidden activation is {value}</source>
        <translation>l&apos;activation cachée est {value}</translation>
    </message>
    <message>
        <source>{choices}; or {more}</source>
        <translation>{choices}&#xa0;; ou {more}</translation>
    </message>
    <message>
        <source>output y{output} computes {gate}</source>
        <translation>la sortie y{output} calcule {gate}</translation>
    </message>
    <message>
        <source>test accuracy ≥ {share:.0%}</source>
        <translation>exactitude de test ≥ {share:.0%}</translation>
    </message>
    <message>
        <source>training loss ≤ {loss}</source>
        <translation>perte d&apos;entraînement ≤ {loss}</translation>
    </message>
    <message>
        <source>gradient check: backprop and central differences agree within {limit:g}</source>
        <translation>vérification du gradient&#xa0;: rétropropagation et différences centrées concordent à {limit:g} près</translation>
    </message>
    <message>
        <source>loss is {value}</source>
        <translation>la perte est {value}</translation>
    </message>
    <message>
        <source>optimizer is {value}</source>
        <translation>l&apos;optimiseur est {value}</translation>
    </message>
    <message>
        <source>output activation is {value}</source>
        <translation>l&apos;activation de sortie est {value}</translation>
    </message>
    <message>
        <source>it computes {gate}</source>
        <translation>elle calcule {gate}</translation>
    </message>
    <message>
        <source>it matches no standard gate yet</source>
        <translation>elle ne correspond encore à aucune porte standard</translation>
    </message>
    <message>
        <source>y{index} = {value} ± {tolerance} for x = {x}</source>
        <translation>y{index} = {value} ± {tolerance} pour x = {x}</translation>
    </message>
    <message>
        <source>y{index} = {value} ± {tolerance}</source>
        <translation>y{index} = {value} ± {tolerance}</translation>
    </message>
    <message>
        <source>gradient descent gets from {start} to within {within} of {target} in {steps} steps on {formula}</source>
        <translation>la descente de gradient va de {start} à moins de {within} de {target} en {steps} pas sur {formula}</translation>
    </message>
    <message>
        <source>the optimizer gets from {start} to within {within} of {target} in {steps} steps on {formula}</source>
        <translation>l&apos;optimiseur va de {start} à moins de {within} de {target} en {steps} pas sur {formula}</translation>
    </message>
    <message>
        <source>now y{index} = {value}</source>
        <translation>actuellement y{index} = {value}</translation>
    </message>
    <message>
        <source>largest relative error {error:.1e}</source>
        <translation>plus grande erreur relative {error:.1e}</translation>
    </message>
    <message>
        <source>after {steps} steps it is still {distance} away</source>
        <translation>après {steps} pas, il reste à {distance}</translation>
    </message>
    <message>
        <source>now {value}</source>
        <translation>actuellement {value}</translation>
    </message>
    <message>
        <source>none holds yet</source>
        <translation>aucun n&apos;est encore rempli</translation>
    </message>
    <message>
        <source>the network has {inputs} inputs and {outputs} outputs</source>
        <translation>le réseau a {inputs} entrées et {outputs} sorties</translation>
    </message>
    <message>
        <source>the network&apos;s shape does not fit</source>
        <translation>la forme du réseau ne convient pas</translation>
    </message>
    <message>
        <source>now {share:.1%}</source>
        <translation>actuellement {share:.1%}</translation>
    </message>
    <message>
        <source>in at most {epochs} epochs</source>
        <translation>en {epochs} époques au plus</translation>
    </message>
    <message>
        <source>at most {count} hidden neurons</source>
        <translation>{count} neurones cachés au plus</translation>
    </message>
    <message>
        <source>every gradient is 0, so there is nothing to compare (step units?)</source>
        <translation>tous les gradients sont nuls, il n&apos;y a rien à comparer (neurones à échelon&#xa0;?)</translation>
    </message>
    <message>
        <source>it blew up (step {step}): the learning rate is too big</source>
        <translation>elle a divergé (pas {step})&#xa0;: le taux d&apos;apprentissage est trop grand</translation>
    </message>
    <message>
        <source>it ran away, to {distance} from the target: the learning rate is too big</source>
        <translation>elle s&apos;est éloignée, à {distance} de la cible&#xa0;: le taux d&apos;apprentissage est trop grand</translation>
    </message>
    <message>
        <source>{epochs} epochs so far</source>
        <translation>{epochs} époques jusqu&apos;ici</translation>
    </message>
    <message>
        <source>the goal can be checked</source>
        <translation>l&apos;objectif peut être vérifié</translation>
    </message>
    <message>
        <source>not now: {reason}</source>
        <translation>pas maintenant&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>a network needs at least one layer</source>
        <translation>un réseau a besoin d&apos;au moins une couche</translation>
    </message>
    <message>
        <source>sizes must list at least an input and an output size, each ≥ 1; got {sizes}</source>
        <translation>les tailles doivent donner au moins une taille d&apos;entrée et une de sortie, chacune ≥ 1&#xa0;; trouvé {sizes}</translation>
    </message>
    <message>
        <source>input has {features} features but the network expects {inputs}</source>
        <translation>l&apos;entrée a {features} caractéristiques mais le réseau en attend {inputs}</translation>
    </message>
    <message>
        <source>layer {k} expects {inputs} inputs but layer {previous} has {outputs} outputs</source>
        <translation>la couche {k} attend {inputs} entrées mais la couche {previous} a {outputs} sorties</translation>
    </message>
    <message>
        <source>unknown optimizer {name!r}; choose one of {names}</source>
        <translation>optimiseur inconnu {name!r}&#xa0;; choisissez parmi {names}</translation>
    </message>
    <message>
        <source>optimizer {name!r} takes {allowed}; got {given}</source>
        <translation>l’optimiseur {name!r} accepte {allowed}&#xa0;; reçu {given}</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropie croisée</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>Entropie croisée binaire</translation>
    </message>
    <message>
        <source>A single layer of step units learns a gate with the perceptron rule</source>
        <translation>Une seule couche de neurones à échelon apprend une porte avec la règle du perceptron</translation>
    </message>
    <message>
        <source>A regression target can be any number, so the output is compared by squared error</source>
        <translation>Une cible de régression peut valoir n&apos;importe quel nombre&#xa0;: la sortie est comparée par l&apos;erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>{first}
{second}</source>
        <translation>{first}
{second}</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>Loss {old} → {new}.</source>
        <translation>Perte {old} → {new}.</translation>
    </message>
    <message>
        <source>Optimizer {old} → {new}.</source>
        <translation>Optimiseur {old} → {new}.</translation>
    </message>
    <message>
        <source>Learning rate {old:g} → {new:g}.</source>
        <translation>Taux d&apos;apprentissage {old:g} → {new:g}.</translation>
    </message>
    <message>
        <source>Batch size {old} → {new}.</source>
        <translation>Taille de lot {old} → {new}.</translation>
    </message>
    <message>
        <source>Epochs {old} → {new}.</source>
        <translation>Époques {old} → {new}.</translation>
    </message>
    <message>
        <source>Initialisation {old} → {new} (used by Reset).</source>
        <translation>Initialisation {old} → {new} (utilisée par Réinitialiser).</translation>
    </message>
    <message>
        <source>Inputs {old} → {new} (one per feature).</source>
        <translation>Entrées {old} → {new} (une par caractéristique).</translation>
    </message>
    <message>
        <source>Outputs {old} → {new}.</source>
        <translation>Sorties {old} → {new}.</translation>
    </message>
    <message>
        <source>({why}.)</source>
        <translation>({why}.)</translation>
    </message>
    <message>
        <source>One sigmoid output is the probability of class 1</source>
        <translation>Une sortie sigmoid est la probabilité de la classe 1</translation>
    </message>
    <message>
        <source>Softmax outputs are class probabilities that sum to 1</source>
        <translation>Les sorties softmax sont des probabilités de classe dont la somme vaut 1</translation>
    </message>
    <message>
        <source>• {line}</source>
        <translation>• {line}</translation>
    </message>
    <message>
        <source>Output activation {old} → {new}.</source>
        <translation>Activation de sortie {old} → {new}.</translation>
    </message>
    <message>
        <source>Hidden layer {k} activation {old} → {new}.</source>
        <translation>Activation de la couche cachée {k} {old} → {new}.</translation>
    </message>
    <message>
        <source>Stretched along x: the gradient points mostly across the valley, so plain SGD zig-zags.</source>
        <translation>Étirée selon x&#xa0;: le gradient pointe surtout en travers de la vallée, si bien que le SGD simple zigzague.</translation>
    </message>
    <message>
        <source>A curved, flat-bottomed valley: finding it is easy, following it to (1, 1) is slow.</source>
        <translation>Une vallée courbe à fond plat&#xa0;: la trouver est facile, la suivre jusqu&apos;à (1, 1) est lent.</translation>
    </message>
    <message>
        <source>Downhill in y, uphill in x: started near y = 0, an optimizer lingers at the saddle before escaping.</source>
        <translation>Descente selon y, montée selon x&#xa0;: parti près de y = 0, un optimiseur s&apos;attarde au col avant de s&apos;échapper.</translation>
    </message>
    <message>
        <source>Round: the gradient points straight at the minimum, and every optimizer gets there.</source>
        <translation>Ronde&#xa0;: le gradient pointe droit vers le minimum, et tous les optimiseurs y arrivent.</translation>
    </message>
    <message>
        <source>Training stopped: the weights became infinite at epoch {epoch} (step {step}). {restored}; try a smaller learning rate{rate}.</source>
        <translation>Entraînement arrêté&#xa0;: les poids sont devenus infinis à l&apos;époque {epoch} (pas {step}). {restored}&#xa0;; essayez un taux d&apos;apprentissage plus petit{rate}.</translation>
    </message>
    <message>
        <source>The weights the run started from were restored</source>
        <translation>Les poids du début de l&apos;entraînement ont été rétablis</translation>
    </message>
    <message>
        <source>The weights of epoch {epoch} (train loss {loss:.4g}), the last healthy epoch, were restored</source>
        <translation>Les poids de l&apos;époque {epoch} (perte d&apos;entraînement {loss:.4g}), la dernière époque saine, ont été rétablis</translation>
    </message>
    <message>
        <source> (now {lr:g})</source>
        <translation> (actuellement {lr:g})</translation>
    </message>
    <message>
        <source>Training stopped: at epoch {epoch} the weights grew to {value:.3g}, far beyond useful sizes: sigmoid and tanh units saturate (outputs stuck at their limits, where the gradient vanishes) and other units overflow. {restored}; the learning rate{rate} is far too large, try a smaller learning rate.</source>
        <translation>Entraînement arrêté&#xa0;: à l&apos;époque {epoch}, les poids ont atteint {value:.3g}, bien au-delà des tailles utiles&#xa0;: les neurones sigmoid et tanh saturent (sorties collées à leurs limites, où le gradient s&apos;évanouit) et les autres débordent. {restored}&#xa0;; le taux d&apos;apprentissage{rate} est bien trop grand, essayez-en un plus petit.</translation>
    </message>
    <message>
        <source>Training stopped: the loss became not a number (NaN) at epoch {epoch} (step {step}). {restored}; try a smaller learning rate{rate}.</source>
        <translation>Entraînement arrêté&#xa0;: la perte n&apos;est plus un nombre (NaN) à l&apos;époque {epoch} (pas {step}). {restored}&#xa0;; essayez un taux d&apos;apprentissage plus petit{rate}.</translation>
    </message>
    <message>
        <source>Training stopped: the loss became infinite at epoch {epoch} (step {step}). {restored}; try a smaller learning rate{rate}.</source>
        <translation>Entraînement arrêté&#xa0;: la perte est devenue infinie à l&apos;époque {epoch} (pas {step}). {restored}&#xa0;; essayez un taux d&apos;apprentissage plus petit{rate}.</translation>
    </message>
    <message>
        <source>Training stopped: the weights became not a number (NaN) at epoch {epoch} (step {step}). {restored}; try a smaller learning rate{rate}.</source>
        <translation>Entraînement arrêté&#xa0;: les poids ne sont plus des nombres (NaN) à l&apos;époque {epoch} (pas {step}). {restored}&#xa0;; essayez un taux d&apos;apprentissage plus petit{rate}.</translation>
    </message>
    <message>
        <source>Step units have a zero gradient everywhere, so gradient descent cannot learn through them. Choose sigmoid, tanh or relu, or use the perceptron rule for a single step layer.</source>
        <translation>Les neurones à échelon ont un gradient nul partout&#xa0;: la descente de gradient ne peut pas apprendre à travers eux. Choisissez sigmoid, tanh ou relu, ou la règle du perceptron pour une seule couche de neurones à échelon.</translation>
    </message>
    <message>
        <source>{loss} needs outputs that are probabilities between 0 and 1, but the output layer is {out}. Use a {wanted} output, or the mse loss.</source>
        <translation>{loss} a besoin de sorties qui sont des probabilités entre 0 et 1, mais la couche de sortie est {out}. Utilisez une sortie {wanted}, ou la perte mse.</translation>
    </message>
    <message>
        <source>A softmax over a single output is always 1; use two or more outputs, or a sigmoid output.</source>
        <translation>Un softmax sur une seule sortie vaut toujours 1&#xa0;; utilisez deux sorties ou plus, ou une sortie sigmoid.</translation>
    </message>
    <message>
        <source>The perceptron rule trains a single layer of step units only; use gradient descent (sgd, adam, ...) for other networks.</source>
        <translation>La règle du perceptron n&apos;entraîne qu&apos;une seule couche de neurones à échelon&#xa0;; utilisez la descente de gradient (sgd, adam…) pour les autres réseaux.</translation>
    </message>
    <message>
        <source>The data&apos;s inputs contain {count:,} NaN or infinite values (first in sample {sample}); fix the data (file or noise setting): no training setting can make a network learn from them.</source>
        <translation>Les entrées des données contiennent {count:,} valeurs NaN ou infinies (la première dans l&apos;échantillon {sample})&#xa0;; corrigez les données (fichier ou réglage du bruit)&#xa0;: aucun réglage d&apos;entraînement ne permet d&apos;apprendre avec.</translation>
    </message>
    <message>
        <source>The data&apos;s targets contain {count:,} NaN or infinite values (first in sample {sample}); fix the data (file or noise setting): no training setting can make a network learn from them.</source>
        <translation>Les cibles des données contiennent {count:,} valeurs NaN ou infinies (la première dans l&apos;échantillon {sample})&#xa0;; corrigez les données (fichier ou réglage du bruit)&#xa0;: aucun réglage d&apos;entraînement ne permet d&apos;apprendre avec.</translation>
    </message>
    <message>
        <source>The data&apos;s inputs reach {largest:.3g}, far beyond what a network can use; check the data (file or noise setting), or scale it to a range like -1…1.</source>
        <translation>Les entrées des données atteignent {largest:.3g}, bien au-delà de ce qu&apos;un réseau peut exploiter&#xa0;; vérifiez les données (fichier ou réglage du bruit), ou ramenez-les à un intervalle comme -1…1.</translation>
    </message>
    <message>
        <source>The data&apos;s targets reach {largest:.3g}, far beyond what a network can use; check the data (file or noise setting), or scale it to a range like -1…1.</source>
        <translation>Les cibles des données atteignent {largest:.3g}, bien au-delà de ce qu&apos;un réseau peut exploiter&#xa0;; vérifiez les données (fichier ou réglage du bruit), ou ramenez-les à un intervalle comme -1…1.</translation>
    </message>
    <message>
        <source>A single perceptron that computes AND: it fires (outputs 1) only when 0.5·x1 + 0.5·x2 − 0.7 is above 0, which happens only when both inputs are 1 (0.5 + 0.5 − 0.7 = 0.3). With just one input on, the sum is −0.2 and the step stays at 0. Try dragging the bias towards −0.2 and watch it turn into OR.</source>
        <translation>Un seul perceptron qui calcule AND&#xa0;: il s&apos;active (sortie 1) seulement quand 0.5·x1 + 0.5·x2 − 0.7 dépasse 0, ce qui n&apos;arrive que si les deux entrées valent 1 (0.5 + 0.5 − 0.7 = 0.3). Avec une seule entrée active, la somme vaut −0.2 et l&apos;échelon reste à 0. Faites glisser le biais vers −0.2 et regardez-le devenir OR.</translation>
    </message>
    <message>
        <source>Handwritten digits (64-100-10)</source>
        <translation>Chiffres manuscrits (64-100-10)</translation>
    </message>
    <message>
        <source>Recognises 8x8 images of handwritten digits: 64 pixel inputs, 100 sigmoid hidden units and 10 softmax outputs, one probability per digit. Trained with plain mini-batch SGD (learning rate 0.1, batches of 100) on cross-entropy, the two-layer network of the textbook&apos;s chapter 4, scaled down from MNIST; it gets over 95 % of the held-out images right. Feed it a digit and watch which output wins.</source>
        <translation>Reconnaît des images 8x8 de chiffres manuscrits&#xa0;: 64 pixels en entrée, 100 neurones cachés sigmoid et 10 sorties softmax, une probabilité par chiffre. Entraîné par simple SGD sur mini-lots (taux d&apos;apprentissage 0.1, lots de 100) avec l&apos;entropie croisée, c&apos;est le réseau à deux couches du chapitre 4 du manuel, réduit à partir de MNIST&#xa0;; il reconnaît plus de 95&#xa0;% des images mises de côté. Donnez-lui un chiffre et regardez quelle sortie l&apos;emporte.</translation>
    </message>
    <message>
        <source>AND turned upside down: every weight and the bias of the AND perceptron change sign, so the unit fires unless both inputs are 1 (−0.5 − 0.5 + 0.7 = −0.3). NAND is universal: every other logic circuit, XOR included, can be built from NAND units alone.</source>
        <translation>AND à l&apos;envers&#xa0;: chaque poids et le biais du perceptron AND changent de signe, si bien que le neurone s&apos;active sauf quand les deux entrées valent 1 (−0.5 − 0.5 + 0.7 = −0.3). NAND est universelle&#xa0;: tout autre circuit logique, XOR compris, peut se construire avec des neurones NAND seulement.</translation>
    </message>
    <message>
        <source>The same perceptron as AND with a smaller threshold: bias −0.2 means a single active input (0.5 − 0.2 = 0.3) is already enough to fire, and only (0, 0) stays below the line. The weights and bias together draw one straight line through the input square; everything on one side is 1.</source>
        <translation>Le même perceptron que AND avec un seuil plus bas&#xa0;: un biais de −0.2 signifie qu&apos;une seule entrée active (0.5 − 0.2 = 0.3) suffit déjà à l&apos;activer, et seul (0, 0) reste sous la droite. Les poids et le biais tracent ensemble une droite à travers le carré des entrées&#xa0;; tout ce qui est d&apos;un côté vaut 1.</translation>
    </message>
    <message>
        <source>Two spirals (2-8-8-1)</source>
        <translation>Deux spirales (2-8-8-1)</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, as in TensorFlow Playground: no straight line or simple curve separates them. A 2-8-8-1 network with tanh hidden units and a sigmoid output, trained with Adam on binary cross-entropy, bends its decision boundary around both arms and classifies about 99 % of the held-out points correctly. Hover a hidden neuron to see the region it responds to: the first layer draws straight lines, the second combines them into curved bands.</source>
        <translation>Deux bras de spirale entrelacés, comme dans TensorFlow Playground&#xa0;: aucune droite ni courbe simple ne les sépare. Un réseau 2-8-8-1 avec des neurones cachés tanh et une sortie sigmoid, entraîné avec Adam sur l&apos;entropie croisée binaire, courbe sa frontière de décision autour des deux bras et classe correctement environ 99&#xa0;% des points mis de côté. Survolez un neurone caché pour voir la région à laquelle il réagit&#xa0;: la première couche trace des droites, la seconde les combine en bandes courbes.</translation>
    </message>
    <message>
        <source>Three-layer network (textbook)</source>
        <translation>Réseau à trois couches (manuel)</translation>
    </message>
    <message>
        <source>The 2-3-2-2 network worked through by hand in chapter 3 of &quot;Deep Learning from Scratch&quot;. Each layer computes A = X·W + b and passes it through the sigmoid; the output layer passes A through unchanged (identity). Feed it x = (1.0, 0.5) and it answers (0.3168, 0.6963), the values in the book: a good place to follow one forward pass neuron by neuron.</source>
        <translation>Le réseau 2-3-2-2 calculé à la main au chapitre 3 de «&#xa0;Deep Learning from Scratch&#xa0;». Chaque couche calcule A = X·W + b et le fait passer par la sigmoïde&#xa0;; la couche de sortie laisse passer A tel quel (identité). Donnez-lui x = (1.0, 0.5) et il répond (0.3168, 0.6963), les valeurs du manuel&#xa0;: l&apos;endroit idéal pour suivre une propagation avant neurone par neurone.</translation>
    </message>
    <message>
        <source>XOR from NAND, OR and AND</source>
        <translation>XOR à partir de NAND, OR et AND</translation>
    </message>
    <message>
        <source>No single straight line separates XOR&apos;s ones from its zeros, so one perceptron cannot compute it. Two layers can: the hidden layer holds a NAND unit and an OR unit, and the output unit ANDs them, firing only when at least one input is on (OR) but not both (NAND). Step units have zero slope almost everywhere, so gradient descent cannot train this network; change the activations to sigmoid to watch a network learn XOR instead.</source>
        <translation>Aucune droite ne sépare les 1 de XOR de ses 0&#xa0;: un seul perceptron ne peut pas le calculer. Deux couches le peuvent&#xa0;: la couche cachée contient un neurone NAND et un neurone OR, et le neurone de sortie en fait le AND, ne s&apos;activant que si au moins une entrée est active (OR) mais pas les deux (NAND). Les neurones à échelon ont une pente nulle presque partout, la descente de gradient ne peut donc pas entraîner ce réseau&#xa0;; passez les activations en sigmoid pour voir un réseau apprendre XOR.</translation>
    </message>
</context>
</TS>
